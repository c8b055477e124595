package eu.nis2assessor.domain.accountability;

import java.util.List;

/**
 * Something the Art 20 register does not show.
 *
 * @param code     stable code, e.g. {@code MEASURES_NOT_APPROVED}
 * @param memberId the member concerned, or {@code null} when the gap concerns the body
 */
public record AccountabilityGap(String code, String message, List<String> legalBasis, String memberId) {

    public AccountabilityGap {
        legalBasis = List.copyOf(legalBasis);
    }
}
