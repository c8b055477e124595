package eu.nis2assessor.domain.supervision;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.scope.Classification;
import java.util.ArrayList;
import java.util.List;

/**
 * NIS2 Art 32 (essential entities: ex ante and ex post) and Art 33 (important entities: ex post
 * only, on evidence of non-compliance). No regime for entities outside Art 3 or displaced by DORA
 * (Art 4(1) names Chapter VII). The temporary suspension and the management ban of Art 32(5) exist
 * for essential entities only and never for public administration entities.
 */
public final class SupervisionPolicy {

    public static final String RULE = "Supervision";

    private static final List<String> ESSENTIAL_POWERS = List.of(
            "On-site inspections and off-site supervision, including random checks (Art 32(2)(a))",
            "Regular and targeted security audits by an independent body or the competent authority (Art 32(2)(b))",
            "Ad hoc audits, including after a significant incident or an infringement (Art 32(2)(c))",
            "Security scans based on objective, non-discriminatory, fair and transparent risk criteria (Art 32(2)(d))",
            "Requests for information, including documented cybersecurity policies and Art 27 registration data (Art 32(2)(e))",
            "Requests to access data, documents and information (Art 32(2)(f))",
            "Requests for evidence of implementation of cybersecurity policies, such as audit results (Art 32(2)(g))",
            "Warnings, binding instructions, orders to remedy, to cease conduct, to bring measures into compliance,"
                    + " to inform affected persons and to implement audit recommendations (Art 32(4)(a)-(f))",
            "Designation of a monitoring officer for a set period (Art 32(4)(g))",
            "Orders to make aspects of infringements public (Art 32(4)(h))");
    private static final String FINES_32 = "Administrative fines under Art 34 in addition to those measures"
            + " (Art 32(4)(i))";
    /** Art 34(7): whether public administration entities can be fined at all is the Member State's choice. */
    private static final String PUBLIC_FINES = " where national law provides for fines on public administration"
            + " entities";
    /** Art 32(6), second subparagraph: the personal liability stands without prejudice to national rules. */
    private static final String PUBLIC_LIABILITY = ", without prejudice to national rules on the liability of public"
            + " servants and elected or appointed officials";
    private static final String SUSPENSION = "Where measures prove ineffective and a deadline is missed: temporary"
            + " suspension of a certification or authorisation, and a request to temporarily prohibit a person with"
            + " managerial responsibilities at CEO or legal-representative level from exercising managerial functions"
            + " (Art 32(5))";
    private static final String LIABILITY_32 = "Natural persons responsible for or representing the entity can be held"
            + " liable for breach of their duties to ensure compliance (Art 32(6))";
    private static final List<String> IMPORTANT_POWERS = List.of(
            "On-site inspections and off-site ex post supervision (Art 33(2)(a))",
            "Targeted security audits by an independent body or the competent authority (Art 33(2)(b))",
            "Security scans based on objective, non-discriminatory, fair and transparent risk criteria (Art 33(2)(c))",
            "Requests for information, including Art 27 registration data (Art 33(2)(d))",
            "Requests to access data, documents and information (Art 33(2)(e))",
            "Requests for evidence of implementation of cybersecurity policies (Art 33(2)(f))",
            "Warnings, binding instructions, orders to remedy, to cease conduct, to bring measures into compliance,"
                    + " to inform affected persons, to implement audit recommendations and to make infringements public"
                    + " (Art 33(4)(a)-(g))");
    private static final String FINES_33 = "Administrative fines under Art 34 in addition to those measures"
            + " (Art 33(4)(h))";
    private static final String LIABILITY_33 = "Natural persons representing the entity can be held liable for breach of"
            + " their duties (Art 33(5) with Art 32(6))";

    private static final Supervision ESSENTIAL = new Supervision(SupervisionRegime.EX_ANTE, List.of(NIS2_ART_32),
            withAll(ESSENTIAL_POWERS, FINES_32, SUSPENSION, LIABILITY_32));
    private static final Supervision ESSENTIAL_PUBLIC_ADMINISTRATION = new Supervision(SupervisionRegime.EX_ANTE,
            List.of(NIS2_ART_32), withAll(ESSENTIAL_POWERS, publicFines(FINES_32), publicLiability(LIABILITY_32)));
    private static final Supervision IMPORTANT = new Supervision(SupervisionRegime.EX_POST, List.of(NIS2_ART_33),
            withAll(IMPORTANT_POWERS, FINES_33, LIABILITY_33));
    private static final Supervision IMPORTANT_PUBLIC_ADMINISTRATION = new Supervision(SupervisionRegime.EX_POST,
            List.of(NIS2_ART_33), withAll(IMPORTANT_POWERS, publicFines(FINES_33), publicLiability(LIABILITY_33)));
    private static final Supervision NONE = new Supervision(SupervisionRegime.NONE, List.of(), List.of());
    private static final Supervision DORA = new Supervision(SupervisionRegime.NONE,
            List.of(NIS2_ART_4_1, DORA_ART_1_2), List.of());

    private static final ReasoningStep STEP_ESSENTIAL = ReasoningStep.of(RULE, "EX_ANTE",
            "Essential entity: supervised ex ante and ex post, including random checks, regular and ad hoc audits;"
                    + " the temporary suspension and management ban of Art 32(5) are available as a last resort.",
            NIS2_ART_32);
    private static final ReasoningStep STEP_ESSENTIAL_PA = ReasoningStep.of(RULE, "EX_ANTE",
            "Essential public administration entity: supervised ex ante and ex post; Art 32(5) (suspension,"
                    + " management ban) does not apply to public administration entities.", NIS2_ART_32, NIS2_ART_32_5);
    private static final ReasoningStep STEP_IMPORTANT = ReasoningStep.of(RULE, "EX_POST",
            "Important entity: supervised ex post, when the authority has evidence, an indication or information of"
                    + " non-compliance; targeted audits only, no monitoring officer, no Art 32(5) measures.",
            NIS2_ART_33);
    private static final ReasoningStep STEP_DORA = ReasoningStep.of(RULE, "NONE",
            "NIS2 Chapter VII is displaced by DORA (lex specialis): the financial supervisor supervises under DORA.",
            NIS2_ART_4_1, DORA_ART_1_2);

    public Supervision supervise(Classification classification) {
        Outcome outcome = outcome(classification);
        return outcome == null ? NONE : outcome.supervision();
    }

    /** The reasoning step for the regime, or {@code null} when there is nothing to say (not in scope). */
    public ReasoningStep explain(Classification classification) {
        Outcome outcome = outcome(classification);
        return outcome == null ? null : outcome.step();
    }

    private record Outcome(Supervision supervision, ReasoningStep step) {
    }

    private static final Outcome OUT_ESSENTIAL = new Outcome(ESSENTIAL, STEP_ESSENTIAL);
    private static final Outcome OUT_ESSENTIAL_PA = new Outcome(ESSENTIAL_PUBLIC_ADMINISTRATION, STEP_ESSENTIAL_PA);
    private static final Outcome OUT_IMPORTANT = new Outcome(IMPORTANT, STEP_IMPORTANT);
    private static final Outcome OUT_IMPORTANT_PA = new Outcome(IMPORTANT_PUBLIC_ADMINISTRATION, STEP_IMPORTANT);
    private static final Outcome OUT_DORA = new Outcome(DORA, STEP_DORA);

    private static Outcome outcome(Classification classification) {
        if (!classification.inScope()) {
            return null;
        }
        if (classification.doraLexSpecialis()) {
            return OUT_DORA;
        }
        if (classification.entityClass() == eu.nis2assessor.domain.scope.EntityClass.ESSENTIAL) {
            return classification.publicAdministration() ? OUT_ESSENTIAL_PA : OUT_ESSENTIAL;
        }
        return classification.publicAdministration() ? OUT_IMPORTANT_PA : OUT_IMPORTANT;
    }

    /** "Administrative fines under Art 34 ... (Art 3x(4)(y))" with the Art 34(7) condition, in one reference. */
    private static String publicFines(String fines) {
        int reference = fines.lastIndexOf(" (");
        return fines.substring(0, reference) + PUBLIC_FINES + fines.substring(reference, fines.length() - 1)
                + ", Art 34(7))";
    }

    /** A liability power with the caveat for public servants before its reference. */
    private static String publicLiability(String liability) {
        int reference = liability.lastIndexOf(" (");
        return liability.substring(0, reference) + PUBLIC_LIABILITY + liability.substring(reference);
    }

    private static List<String> withAll(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
