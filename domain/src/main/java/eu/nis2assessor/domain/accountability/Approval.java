package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The management body's approval of one version of the cybersecurity risk-management measures, as kept in the
 * Art 20 register (NIS2 Art 20(1) "approve"): which members approved, when, and where the approved measures are
 * documented. An approval is evidence of a past decision: recorded once, never changed.
 *
 * @param id                the stored approval's id
 * @param legalEntityId     the legal entity whose measures were approved
 * @param measuresVersion   the version of the measures approved, e.g. {@code ISMS policy set 3.1}
 * @param approvedOn        the day of the decision
 * @param approverIds       the members of the management body who approved (at least one, no repeats)
 * @param documentReference where the approved measures (or the minutes) are documented; optional
 * @param recordedAt        when it was entered in the register (to the microsecond): of two approvals on the same
 *                          day, the one recorded later supersedes the other
 */
public record Approval(UUID id, UUID legalEntityId, String measuresVersion, LocalDate approvedOn,
                       List<UUID> approverIds, String documentReference, Instant recordedAt) {

    /**
     * The order in which approvals supersede each other: by day, then by the time recorded, then by id (only so that
     * the order is total; two recordings in the same microsecond are not expected).
     */
    public static final Comparator<Approval> SUPERSEDING_ORDER = Comparator.comparing(Approval::approvedOn)
            .thenComparing(Approval::recordedAt).thenComparing(Approval::id);

    public Approval {
        Check.required(id, "id");
        Check.required(legalEntityId, "legalEntityId");
        measuresVersion = RegisterText.required(measuresVersion, "measuresVersion");
        Check.required(approvedOn, "approvedOn");
        Check.required(approverIds, "approverIds");
        if (approverIds.isEmpty()) {
            throw InvalidInputException.of("approverIds", "must name at least one member of the management body");
        }
        if (approverIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("approverIds", "must not contain null");
        }
        if (new HashSet<>(approverIds).size() != approverIds.size()) {
            throw InvalidInputException.of("approverIds", "must not name a member twice");
        }
        approverIds = List.copyOf(approverIds);
        documentReference = RegisterText.optional(documentReference, "documentReference");
        recordedAt = Check.required(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MICROS);
    }

    /** The approval as the {@link AccountabilityGapPolicy} sees it (ids as text). */
    public MeasuresApproval toMeasuresApproval() {
        return new MeasuresApproval(measuresVersion, approvedOn, approverIds.stream().map(UUID::toString).toList(),
                documentReference, recordedAt);
    }
}
