package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Record that the management body approved a version of the cybersecurity risk-management measures
 * (NIS2 Art 20(1)).
 *
 * @param legalEntityId     the entity whose measures were approved
 * @param measuresVersion   the version approved (required)
 * @param approvedOn        the day of the decision (required)
 * @param approverIds       the members who approved: at least one, each a member of this entity's body
 * @param documentReference where the approved measures or the minutes are kept; optional
 */
public record RecordApprovalCommand(UUID legalEntityId, String measuresVersion, LocalDate approvedOn,
                                    List<UUID> approverIds, String documentReference) {

    public RecordApprovalCommand {
        Check.required(legalEntityId, "legalEntityId");
        if (measuresVersion == null || measuresVersion.isBlank()) {
            throw InvalidInputException.of("measuresVersion", "is required");
        }
        Check.required(approvedOn, "approvedOn");
        if (approverIds == null || approverIds.isEmpty()) {
            throw InvalidInputException.of("approverIds", "must name at least one member of the management body");
        }
        if (new HashSet<>(approverIds).size() != approverIds.size()) {
            throw InvalidInputException.of("approverIds", "must not name a member twice");
        }
        approverIds = List.copyOf(approverIds);
    }
}
