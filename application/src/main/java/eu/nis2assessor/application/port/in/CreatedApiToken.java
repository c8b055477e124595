package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.ApiTokenRecord;
import java.util.Objects;

/**
 * A token just created: the secret, shown this once and never stored, and the stored token.
 * {@link #toString()} leaves the secret out, so that it cannot end up in a log by accident.
 */
public record CreatedApiToken(String token, ApiTokenRecord apiToken) {

    public CreatedApiToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiToken, "apiToken");
    }

    @Override
    public String toString() {
        return "CreatedApiToken[id=" + apiToken.id() + ", prefix=" + apiToken.prefix() + "]";
    }
}
