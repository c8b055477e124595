package eu.nis2assessor.domain.obligation;

import java.util.List;
import java.util.Objects;

/** A duty that applies to the entity or its management body, with its legal basis. */
public record Obligation(String code, String description, List<String> legalBasis) {

    public Obligation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        legalBasis = List.copyOf(legalBasis);
    }
}
