package eu.nis2assessor.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenFormatTest {

    /**
     * Vectors computed independently of this code, with Python's zlib:
     * <pre>
     * A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
     * def b62(n): s = ''
     *     while n: s = A[n % 62] + s; n //= 62
     *     return s.rjust(6, '0')
     * zlib.crc32(r.encode()), b62(zlib.crc32(r.encode()))
     * </pre>
     */
    @ParameterizedTest
    @CsvSource({
            "00000000000000000000000000000000, 2wjyrI",   // crc32 = 2700251856
            "abcdefghijklmnopqrstuvwxyzABCDEF, 1mVgZW",   // crc32 = 1632948778
            "Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz, 0kx2ot",   // crc32 =  693783651 (left-padded)
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 3Ae0o2",   // crc32 = 2905698078
            "7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh, 0KKraJ"    // crc32 =  300499263
    })
    void checksumMatchesZlibCrc32InBase62(String random, String checksum) {
        assertThat(ApiTokenFormat.checksum(random)).isEqualTo(checksum);
        assertThat(ApiTokenFormat.isWellFormed("nis2_" + random + checksum)).isTrue();
    }

    @Test
    void aGeneratedTokenHasTheFixedShape() {
        String token = ApiTokenFormat.generate();
        assertThat(token).hasSize(43).startsWith("nis2_").matches("nis2_[0-9A-Za-z]{38}");
        assertThat(ApiTokenFormat.isWellFormed(token)).isTrue();
        assertThat(ApiTokenFormat.checksum(token.substring(5, 37))).isEqualTo(token.substring(37));
    }

    @Test
    void generatedTokensDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> tokens = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String token = ApiTokenFormat.generate();
            tokens.add(token);
            token.substring(5, 37).chars().forEach(c -> seen.add((char) c));
        }
        assertThat(tokens).hasSize(2000);
        assertThat(seen).hasSize(62);
    }

    @Test
    void aSeededGeneratorGivesAReproducibleToken() {
        assertThat(ApiTokenFormat.generate(new Random(42))).isEqualTo(ApiTokenFormat.generate(new Random(42)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "nis2_",
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKra",     // one short
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraJx",   // one long
            "NIS2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraJ",    // prefix is case-sensitive
            "nis3_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraJ",
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraK",    // checksum off by one
            "nis2_8Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraJ",    // random part changed
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fG-0KKraJ",    // not base62
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGé0KKraJ",    // not ASCII
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"       // a JWT
    })
    void malformedOrWrongChecksumIsRefused(String token) {
        assertThat(ApiTokenFormat.isWellFormed(token)).isFalse();
        assertThat(ApiTokenFormat.problem(token)).isNotNull().doesNotContain(token.length() > 5 ? token.substring(5) : "\u0000");
    }

    @Test
    void nullIsNotWellFormed() {
        assertThat(ApiTokenFormat.isWellFormed(null)).isFalse();
        assertThat(ApiTokenFormat.problem(null)).isEqualTo("missing");
    }

    @Test
    void problemsAreNamed() {
        assertThat(ApiTokenFormat.problem("nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraK")).isEqualTo("wrong checksum");
        assertThat(ApiTokenFormat.problem("abc")).isEqualTo("does not start with nis2_");
        assertThat(ApiTokenFormat.problem("nis2_abc")).startsWith("wrong length");
        assertThat(ApiTokenFormat.problem("nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fG-0KKraJ")).isEqualTo("character 37 is not base62 (0-9A-Za-z)");
    }

    @Test
    void theDisplayPrefixIsShortAndOnlyForWellFormedTokens() {
        assertThat(ApiTokenFormat.displayPrefix("nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraJ")).isEqualTo("nis2_7Hq2");
        assertThatThrownBy(() -> ApiTokenFormat.displayPrefix("nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraK"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("7Hq2LmN4");
    }

    /** Any single-character change of a generated token's random part or checksum is caught. */
    @Property(tries = 3000)
    void everySingleCharacterTypoIsCaught(@ForAll @IntRange(min = 5, max = 42) int position,
                                          @ForAll @IntRange(min = 1, max = 61) int shift,
                                          @ForAll long seed) {
        String token = ApiTokenFormat.generate(new Random(seed));
        char original = token.charAt(position);
        char replaced = ApiTokenFormat.ALPHABET.charAt((ApiTokenFormat.ALPHABET.indexOf(original) + shift) % 62);
        String typo = token.substring(0, position) + replaced + token.substring(position + 1);
        assertThat(ApiTokenFormat.isWellFormed(typo)).isFalse();
    }
}
