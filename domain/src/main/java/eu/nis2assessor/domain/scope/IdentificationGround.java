package eu.nis2assessor.domain.scope;

import eu.nis2assessor.domain.reasoning.LegalBasis;

/** Grounds on which a Member State identifies an entity regardless of its size. */
public enum IdentificationGround {
    /** Sole provider in a Member State of an essential service. */
    SOLE_PROVIDER(LegalBasis.NIS2_ART_2_2_B),
    /** Disruption could significantly impact public safety, public security or public health. */
    PUBLIC_SAFETY_SECURITY_HEALTH_IMPACT(LegalBasis.NIS2_ART_2_2_C),
    /** Disruption could induce significant systemic risk. */
    SYSTEMIC_RISK(LegalBasis.NIS2_ART_2_2_D),
    /** Critical because of its specific importance at national or regional level. */
    NATIONAL_OR_REGIONAL_IMPORTANCE(LegalBasis.NIS2_ART_2_2_E),
    /** Identified as a critical entity under the CER Directive (EU) 2022/2557. */
    CER_CRITICAL_ENTITY(LegalBasis.NIS2_ART_2_3),
    /** Identified before 16 January 2023 as an operator of essential services, where the Member State so provides. */
    NIS1_OPERATOR_OF_ESSENTIAL_SERVICES(LegalBasis.NIS2_ART_3_1_G),
    /** Regional public administration entity after a positive risk-based assessment. */
    REGIONAL_RISK_ASSESSMENT(LegalBasis.NIS2_ART_2_2_F_II);

    private final String legalBasis;

    IdentificationGround(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The Art 2(2)(b)-(e) grounds: they need an Annex I/II type and their class is the Member State's. */
    public boolean memberStateIdentification() {
        return this == SOLE_PROVIDER || this == PUBLIC_SAFETY_SECURITY_HEALTH_IMPACT || this == SYSTEMIC_RISK
                || this == NATIONAL_OR_REGIONAL_IMPORTANCE;
    }
}
