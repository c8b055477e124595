package eu.nis2assessor.application.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A stored, immutable group assessment (source object of the GraphQL type {@code GroupAssessment}). */
public record GroupAssessmentView(UUID id, UUID groupId, OffsetDateTime runAt, LocalDate asOf, String rulesVersion,
                                  String inputHash, int entityCount) {

    public GroupAssessmentView {
        Objects.requireNonNull(id, "id");
    }
}
