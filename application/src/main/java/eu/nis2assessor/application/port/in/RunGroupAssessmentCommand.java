package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Assesses the stored group as of {@code asOf}. */
public record RunGroupAssessmentCommand(UUID groupId, LocalDate asOf) {

    public RunGroupAssessmentCommand {
        Objects.requireNonNull(groupId, "groupId");
        Check.required(asOf, "asOf");
    }
}
