package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.port.out.TokenDigestPort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA-256 of the token's ASCII bytes under the server secret ({@code NIS2_TOKEN_SECRET}). */
public final class HmacTokenDigester implements TokenDigestPort {

    static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public HmacTokenDigester(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac();
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    @Override
    public byte[] digest(String token) {
        Mac mac = macs.get();
        mac.reset();
        return mac.doFinal(token.getBytes(StandardCharsets.US_ASCII));
    }

    static void requireAvailable() throws GeneralSecurityException {
        Mac.getInstance(ALGORITHM);
    }
}
