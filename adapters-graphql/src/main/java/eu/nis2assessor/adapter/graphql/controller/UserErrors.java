package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Mutation payloads: runs a mutation and answers either the result or {@code userErrors} ({@code field} as a path
 * under {@code input}, e.g. {@code ["input", "structure", "enterprises", "2", "figures", "annualTurnover"]}).
 */
final class UserErrors {

    /** {@code UserError { field message code }}. */
    record UserError(List<String> field, String message, String code) {
    }

    private UserErrors() {
    }

    /** Runs {@code mutation}; its result goes under {@code resultField}, refusals become user errors. */
    static Map<String, Object> payload(String resultField, Supplier<Map<String, Object>> mutation) {
        Map<String, Object> payload = new HashMap<>();
        try {
            payload.putAll(mutation.get());
            payload.put("userErrors", List.of());
        } catch (RefusedException e) {
            payload.put(resultField, null);
            payload.put("userErrors", List.of(new UserError(path(e.field()), e.getMessage(), e.code().name())));
        } catch (InvalidInputException e) {
            payload.put(resultField, null);
            payload.put("userErrors", List.of(new UserError(path(e.field()), e.getMessage(), RefusedException.Code.INVALID.name())));
        }
        return payload;
    }

    static Map<String, Object> result(String field, Object value) {
        Map<String, Object> result = new HashMap<>();
        result.put(field, value);
        return result;
    }

    /** A global ID inside the input; an ID of another type or a made-up one is a NOT_FOUND user error on that field. */
    static UUID id(Object value, String field, String type) {
        try {
            return GlobalId.decode((String) value, type);
        } catch (NotFoundException e) {
            throw new RefusedException(RefusedException.Code.NOT_FOUND, field, type + " " + value + " not found");
        }
    }

    /** {@code structure.enterprises[2].figures} as {@code ["input", "structure", "enterprises", "2", "figures"]}. */
    static List<String> path(String dotted) {
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
