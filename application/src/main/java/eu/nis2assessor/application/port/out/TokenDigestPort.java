package eu.nis2assessor.application.port.out;

/** The keyed digest under which an API token is stored: HMAC-SHA-256 with a server secret (32 bytes). */
public interface TokenDigestPort {

    byte[] digest(String token);
}
