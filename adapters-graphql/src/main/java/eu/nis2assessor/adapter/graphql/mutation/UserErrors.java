package eu.nis2assessor.adapter.graphql.mutation;

import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Mutation payloads of every feature (stored groups, the Art 20 register): runs a mutation and answers either the
 * result or {@code userErrors} ({@code field} as a path under {@code input}, e.g.
 * {@code ["input", "structure", "enterprises", "2", "figures", "annualTurnover"]}). What a person can fix becomes a
 * user error: a {@link RefusedException} with its code ({@code NOT_FOUND}, {@code CONFLICT}, {@code IN_USE},
 * {@code DUPLICATE}, ...) and an {@link InvalidInputException} as {@code INVALID}; anything else is a server fault and
 * goes on to the GraphQL error handling.
 */
public final class UserErrors {

    /** {@code UserError { field message code }}. */
    public record UserError(List<String> field, String message, String code) {
    }

    private UserErrors() {
    }

    /**
     * Runs {@code mutation}; its result becomes the payload through {@code success}, refusals become one user error
     * handed to {@code failure}.
     */
    public static <T, P> P run(Supplier<T> mutation, Function<T, P> success, Function<List<UserError>, P> failure) {
        T result;
        try {
            result = mutation.get();
        } catch (RefusedException e) {
            return failure.apply(List.of(new UserError(path(e.field()), e.getMessage(), e.code().name())));
        } catch (InvalidInputException e) {
            return failure.apply(List.of(new UserError(path(e.field()), e.getMessage(),
                    RefusedException.Code.INVALID.name())));
        }
        return success.apply(result);
    }

    /** Runs {@code mutation}; its result goes under {@code resultField}, refusals become user errors. */
    public static Map<String, Object> payload(String resultField, Supplier<Map<String, Object>> mutation) {
        return run(mutation, result -> {
            Map<String, Object> payload = new HashMap<>(result);
            payload.put("userErrors", List.of());
            return payload;
        }, errors -> {
            Map<String, Object> payload = new HashMap<>();
            payload.put(resultField, null);
            payload.put("userErrors", errors);
            return payload;
        });
    }

    public static Map<String, Object> result(String field, Object value) {
        Map<String, Object> result = new HashMap<>();
        result.put(field, value);
        return result;
    }

    /** A global ID inside the input; an ID of another type or a made-up one is a NOT_FOUND user error on that field. */
    public static UUID id(Object value, String field, String type) {
        try {
            return GlobalId.decode((String) value, type);
        } catch (NotFoundException e) {
            throw new RefusedException(RefusedException.Code.NOT_FOUND, field, type + " " + value + " not found");
        }
    }

    /** {@code structure.enterprises[2].figures} as {@code ["input", "structure", "enterprises", "2", "figures"]}. */
    public static List<String> path(String dotted) {
        List<String> path = new ArrayList<>();
        path.add("input");
        if (dotted == null || dotted.isEmpty()) {
            return path;
        }
        for (String part : dotted.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                path.add(part);
                continue;
            }
            path.add(part.substring(0, bracket));
            for (String index : part.substring(bracket + 1).split("\\[")) {
                path.add(index.replace("]", ""));
            }
        }
        return path;
    }
}
