package eu.nis2assessor.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * The format of a partner API token, fixed so that a partner can check a token offline:
 * {@code nis2_} + R + C, where R is {@value #RANDOM_LENGTH} random base62 characters (alphabet {@code 0-9A-Za-z},
 * about 190 bits) and C is the CRC32 (IEEE) of R's ASCII bytes written as {@value #CHECKSUM_LENGTH} base62
 * characters, most significant first, left-padded with {@code 0}. A token is {@value #LENGTH} characters long.
 *
 * <p>The checksum only catches typing and copying mistakes; the secret is R.
 */
public final class ApiTokenFormat {

    /** Every token starts with this. */
    public static final String PREFIX = "nis2_";
    /** The base62 alphabet, in digit order: {@code 0-9}, {@code A-Z}, {@code a-z}. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    public static final int RANDOM_LENGTH = 32;
    public static final int CHECKSUM_LENGTH = 6;
    public static final int LENGTH = PREFIX.length() + RANDOM_LENGTH + CHECKSUM_LENGTH;
    /** How many characters of R are shown as the token's public {@link #displayPrefix prefix}. */
    public static final int DISPLAY_RANDOM_CHARS = 4;

    private static final SecureRandom SECURE_RANDOM = new SecureRandom();

    private ApiTokenFormat() {
    }

    /** A new token from a secure random source. */
    public static String generate() {
        return generate(SECURE_RANDOM);
    }

    /** A new token whose random part is drawn from {@code random} (tests pass a seeded generator). */
    public static String generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder r = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            r.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return PREFIX + r + checksum(r);
    }

    /**
     * The checksum C of a random part R: CRC32 (IEEE, as {@link CRC32} and zlib compute it) of R's ASCII bytes,
     * as 6 base62 characters, most significant first, left-padded with {@code 0} (62^6 > 2^32, so it always fits).
     */
    public static String checksum(CharSequence randomPart) {
        CRC32 crc = new CRC32();
        crc.update(randomPart.toString().getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }

    /**
     * True when {@code token} has the shape of a token (prefix, length, alphabet) and its checksum matches.
     * Runs in time independent of where a mistake is only as far as the shape goes; it is not a secret check
     * (the secret is checked by digest lookup).
     */
    public static boolean isWellFormed(String token) {
        return problem(token) == null;
    }

    /**
     * Why {@code token} is not a well-formed token, as a short phrase without the token's value
     * ({@code "wrong length"}, {@code "wrong checksum"}, ...); {@code null} when it is well formed.
     */
    public static String problem(String token) {
        if (token == null) {
            return "missing";
        }
        if (!token.startsWith(PREFIX)) {
            return "does not start with " + PREFIX;
        }
        if (token.length() != LENGTH) {
            return "wrong length (a token has " + LENGTH + " characters)";
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (ALPHABET.indexOf(token.charAt(i)) < 0) {
                return "character " + (i + 1) + " is not base62 (0-9A-Za-z)";
            }
        }
        String random = token.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        if (!checksum(random).equals(token.substring(PREFIX.length() + RANDOM_LENGTH))) {
            return "wrong checksum";
        }
        return null;
    }

    /**
     * The public, loggable prefix of a token: {@code nis2_} and the first {@value #DISPLAY_RANDOM_CHARS} random
     * characters (about 24 of its 190 bits), e.g. {@code nis2_7Hq2}. Enough to tell tokens apart in a list,
     * far too little to guess the rest.
     */
    public static String displayPrefix(String token) {
        if (problem(token) != null) {
            throw new IllegalArgumentException("token: not a well-formed API token");
        }
        return token.substring(0, PREFIX.length() + DISPLAY_RANDOM_CHARS);
    }
}
