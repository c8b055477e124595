package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Create a partner API token. Validates itself; an invalid value is an {@link InvalidInputException} naming the
 * field ({@code scopes[1]: unknown scope 'admin' ...}).
 *
 * @param name      what the token is for, 1-100 characters
 * @param scopes    at least one; each one of {@link Scope#value()}
 * @param groups    the only groups the token may see, in the order given; empty = every group of the tenant
 * @param expiresAt required; the service checks it against the configured maximum lifetime
 */
public record CreateApiTokenCommand(String name, Set<Scope> scopes, Optional<Set<UUID>> groups, Instant expiresAt) {

    public static final int MAX_NAME_LENGTH = 100;

    public CreateApiTokenCommand {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw InvalidInputException.of("name", "at most " + MAX_NAME_LENGTH + " characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw InvalidInputException.of("scopes", "at least one scope");
        }
        scopes = Set.copyOf(EnumSet.copyOf(scopes));
        // in the order given (LinkedHashSet), so that an unknown group can be named by its index
        groups = groups == null ? Optional.empty()
                : groups.map(g -> java.util.Collections.unmodifiableSet(new LinkedHashSet<>(g)));
        if (expiresAt == null) {
            throw InvalidInputException.of("expiresAt", "is required");
        }
    }

    /** Reads the scopes as written in the API; an unknown one is reported with its index. */
    public static Set<Scope> scopes(List<String> values) {
        if (values == null) {
            throw InvalidInputException.of("scopes", "at least one scope");
        }
        Set<Scope> scopes = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int index = i;
            scopes.add(Scope.fromValue(value).orElseThrow(() -> InvalidInputException.of("scopes[" + index + "]",
                    "unknown scope '" + abbreviate(value) + "'; one of " + Arrays.stream(Scope.values())
                            .map(Scope::value).collect(Collectors.joining(", ")))));
        }
        return scopes;
    }

    private static String abbreviate(String value) {
        return value == null ? "null" : value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
