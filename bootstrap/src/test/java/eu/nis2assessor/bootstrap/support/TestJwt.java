package eu.nis2assessor.bootstrap.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The test suite's own identity provider: an RSA key generated per run (Nimbus {@link RSAKeyGenerator}), JWTs signed
 * with it, and (as a plain {@code @Configuration} in the scanned package, so that every test context shares it)
 * the service's {@link JwtDecoder} trusting its public key and the issuer {@value #ISSUER}.
 */
@Configuration(proxyBeanMethods = false)
public class TestJwt {

    public static final String ISSUER = "https://idp.test.nis2assessor.eu/realms/test";
    public static final RSAKey KEY = generate();
    /** A key the service does not trust. */
    public static final RSAKey FOREIGN_KEY = generate();

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + System.nanoTime()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    JwtDecoder testJwtDecoder() throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    /** A JWT for {@code subject} at {@link #ISSUER}, valid for an hour, with the extra {@code claims}. */
    public static String token(String subject, Map<String, Object> claims) {
        return sign(KEY, ISSUER, subject, Instant.now().plus(Duration.ofHours(1)), claims);
    }

    public static String sign(RSAKey key, String issuer, String subject, Instant expiresAt, Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer).subject(subject)
                    .issueTime(Date.from(Instant.now().minusSeconds(5))).expirationTime(Date.from(expiresAt));
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
