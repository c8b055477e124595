package eu.nis2assessor.domain.accountability;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.scope.EntityClass;
import java.util.ArrayList;
import java.util.List;

/**
 * NIS2 Art 20: the duties of the management body of an essential or important entity, with the
 * personal exposure that Art 32(5)-(6) and 33(5) attach to them. For an entity whose risk-management
 * duties DORA displaces (Art 4(1)), DORA Art 5 governs the management body instead.
 */
public final class ManagementAccountabilityPolicy {

    public static final String RULE = "Management body duties";

    static final Obligation APPROVE = new Obligation("ART20_APPROVE_MEASURES",
            "The management body approves the cybersecurity risk-management measures taken to comply with Art 21.",
            List.of(NIS2_ART_20_1));
    static final Obligation OVERSEE = new Obligation("ART20_OVERSEE_IMPLEMENTATION",
            "The management body oversees the implementation of those measures.", List.of(NIS2_ART_20_1));
    static final Obligation LIABLE = new Obligation("ART20_LIABILITY",
            "The management body can be held liable for infringements of Art 21 by the entity.", List.of(NIS2_ART_20_1));
    static final Obligation LIABLE_PUBLIC = new Obligation("ART20_LIABILITY",
            "The management body can be held liable for infringements of Art 21 by the entity, without prejudice to"
                    + " national rules on the liability of public institutions, public servants and elected or appointed"
                    + " officials.", List.of(NIS2_ART_20_1));
    static final Obligation TRAINING = new Obligation("ART20_MANAGEMENT_TRAINING",
            "Members of the management body are required to follow training to gain sufficient knowledge and skills"
                    + " to identify risks and assess cybersecurity risk-management practices and their impact on the"
                    + " services of the entity.", List.of(NIS2_ART_20_2));
    static final Obligation STAFF_TRAINING = new Obligation("ART20_STAFF_TRAINING_ENCOURAGED",
            "The entity is encouraged to offer similar training to its employees on a regular basis.",
            List.of(NIS2_ART_20_2));
    static final Obligation REPRESENTATIVE_ESSENTIAL = new Obligation("ART32_6_PERSONAL_LIABILITY",
            "Natural persons responsible for or acting as legal representative of the entity must have the power to"
                    + " ensure its compliance and can be held liable for breach of their duties to ensure compliance.",
            List.of(NIS2_ART_32_6));
    static final Obligation REPRESENTATIVE_IMPORTANT = new Obligation("ART33_5_PERSONAL_LIABILITY",
            "Natural persons acting as legal representative of the entity can be held liable for breach of their duties"
                    + " to ensure compliance (Art 32(6) applied by Art 33(5)).", List.of(NIS2_ART_33_5, NIS2_ART_32_6));
    /** Art 32(6) (applied to important entities by Art 33(5)) keeps national rules for public servants. */
    private static final String PUBLIC_SERVANTS = ", without prejudice to national rules on the liability of public"
            + " servants and elected or appointed officials";
    static final Obligation REPRESENTATIVE_ESSENTIAL_PUBLIC = new Obligation("ART32_6_PERSONAL_LIABILITY",
            "Natural persons responsible for or acting as legal representative of the entity must have the power to"
                    + " ensure its compliance and can be held liable for breach of their duties to ensure compliance"
                    + PUBLIC_SERVANTS + ".", List.of(NIS2_ART_32_6));
    static final Obligation REPRESENTATIVE_IMPORTANT_PUBLIC = new Obligation("ART33_5_PERSONAL_LIABILITY",
            "Natural persons acting as legal representative of the entity can be held liable for breach of their duties"
                    + " to ensure compliance" + PUBLIC_SERVANTS + " (Art 32(6) applied by Art 33(5)).",
            List.of(NIS2_ART_33_5, NIS2_ART_32_6));
    static final Obligation MANAGEMENT_BAN = new Obligation("ART32_5_MANAGEMENT_BAN_EXPOSURE",
            "As a last resort, where enforcement measures prove ineffective and a deadline is missed, a person"
                    + " discharging managerial responsibilities at CEO or legal-representative level can be temporarily"
                    + " prohibited from exercising managerial functions in the entity.", List.of(NIS2_ART_32_5));

    private static final List<Obligation> ESSENTIAL = List.of(APPROVE, OVERSEE, LIABLE, TRAINING, STAFF_TRAINING,
            REPRESENTATIVE_ESSENTIAL, MANAGEMENT_BAN);
    private static final List<Obligation> ESSENTIAL_PUBLIC = List.of(APPROVE, OVERSEE, LIABLE_PUBLIC, TRAINING,
            STAFF_TRAINING, REPRESENTATIVE_ESSENTIAL_PUBLIC);
    private static final List<Obligation> IMPORTANT = List.of(APPROVE, OVERSEE, LIABLE, TRAINING, STAFF_TRAINING,
            REPRESENTATIVE_IMPORTANT);
    private static final List<Obligation> IMPORTANT_PUBLIC = List.of(APPROVE, OVERSEE, LIABLE_PUBLIC, TRAINING,
            STAFF_TRAINING, REPRESENTATIVE_IMPORTANT_PUBLIC);

    private static final ReasoningStep STEP_DORA = ReasoningStep.of(RULE, "governed by DORA",
            "DORA is lex specialis: the management body's duties for ICT risk follow DORA Art 5 instead of NIS2 Art 20.",
            NIS2_ART_4_1, DORA_ART_1_2);
    private static final ReasoningStep STEP_ESSENTIAL = ReasoningStep.of(RULE, "Art 20 applies",
            "The management body approves and oversees the Art 21 measures, can be held liable, and its members must"
                    + " follow training; managers of an essential entity are exposed to a temporary management ban as a"
                    + " last resort.", NIS2_ART_20_1, NIS2_ART_20_2, NIS2_ART_32_5, NIS2_ART_32_6);
    private static final ReasoningStep STEP_ESSENTIAL_PUBLIC = ReasoningStep.of(RULE, "Art 20 applies",
            "The management body approves and oversees the Art 21 measures, can be held liable within national rules"
                    + " for public officials, and its members must follow training; no management ban for public"
                    + " administration entities.", NIS2_ART_20_1, NIS2_ART_20_2, NIS2_ART_32_5, NIS2_ART_32_6);
    private static final ReasoningStep STEP_IMPORTANT = ReasoningStep.of(RULE, "Art 20 applies",
            "The management body approves and oversees the Art 21 measures, can be held liable, and its members must"
                    + " follow training; no management ban for important entities.", NIS2_ART_20_1, NIS2_ART_20_2,
            NIS2_ART_33_5);

    private static final ReasoningStep STEP_IMPORTANT_PUBLIC = ReasoningStep.of(RULE, "Art 20 applies",
            "The management body approves and oversees the Art 21 measures, can be held liable within national rules"
                    + " for public officials, and its members must follow training; no management ban for important"
                    + " entities.", NIS2_ART_20_1, NIS2_ART_20_2, NIS2_ART_33_5);

    public List<Obligation> duties(Classification classification) {
        if (!classification.inScope() || classification.doraLexSpecialis()) {
            return List.of();
        }
        boolean publicAdministration = classification.publicAdministration();
        if (classification.entityClass() == EntityClass.ESSENTIAL) {
            return publicAdministration ? ESSENTIAL_PUBLIC : ESSENTIAL;
        }
        return publicAdministration ? IMPORTANT_PUBLIC : IMPORTANT;
    }

    public ReasoningStep explain(Classification classification) {
        if (!classification.inScope()) {
            return null;
        }
        if (classification.doraLexSpecialis()) {
            return STEP_DORA;
        }
        if (classification.entityClass() == EntityClass.ESSENTIAL) {
            return classification.publicAdministration() ? STEP_ESSENTIAL_PUBLIC : STEP_ESSENTIAL;
        }
        return classification.publicAdministration() ? STEP_IMPORTANT_PUBLIC : STEP_IMPORTANT;
    }

    /** All obligation codes this policy can give, for documentation and tests. */
    public static List<Obligation> catalogue() {
        List<Obligation> all = new ArrayList<>(ESSENTIAL);
        all.add(LIABLE_PUBLIC);
        all.add(REPRESENTATIVE_ESSENTIAL_PUBLIC);
        all.add(REPRESENTATIVE_IMPORTANT);
        all.add(REPRESENTATIVE_IMPORTANT_PUBLIC);
        return all;
    }
}
