package eu.nis2assessor.domain.supervision;

import java.util.List;

/** The supervision regime with its legal basis and the authority's powers under it. */
public record Supervision(SupervisionRegime regime, List<String> legalBasis, List<String> authorityPowers) {

    public Supervision {
        legalBasis = List.copyOf(legalBasis);
        authorityPowers = List.copyOf(authorityPowers);
    }
}
