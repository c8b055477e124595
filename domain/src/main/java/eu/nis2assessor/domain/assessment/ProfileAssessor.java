package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.accountability.ManagementAccountabilityPolicy;
import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.penalty.FineExposure;
import eu.nis2assessor.domain.penalty.FinePolicy;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.registration.RegistrationPolicy;
import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.scope.ClassificationPolicy;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeClassification;
import eu.nis2assessor.domain.size.SizeDetermination;
import eu.nis2assessor.domain.supervision.Supervision;
import eu.nis2assessor.domain.supervision.SupervisionPolicy;
import java.util.List;

/**
 * Assesses one entity by running the policies in the order the law applies them: size (Rec 2003/361
 * Annex Art 2, 4(2)), scope and class (NIS2 Art 2, 3, 4), supervision (Art 32, 33), fines (Art 34)
 * and management accountability (Art 20). Stateless and thread-safe.
 */
public final class ProfileAssessor {

    public static final String UNDERTAKING_TURNOVER_ASSUMPTION = "Undertaking worldwide turnover not given: the"
            + " entity's own turnover is used as the Art 34 fine base; the fine base is the turnover of the whole"
            + " undertaking (the entity with its linked enterprises) in the preceding financial year.";

    private final SizeDetermination sizeDetermination;
    private final ClassificationPolicy classificationPolicy;
    private final SupervisionPolicy supervisionPolicy;
    private final FinePolicy finePolicy;
    private final ManagementAccountabilityPolicy accountabilityPolicy;
    private final RegistrationPolicy registrationPolicy;
    private final RulesVersion rulesVersion;

    public ProfileAssessor(SizeDetermination sizeDetermination, ClassificationPolicy classificationPolicy,
                           SupervisionPolicy supervisionPolicy, FinePolicy finePolicy,
                           ManagementAccountabilityPolicy accountabilityPolicy, RegistrationPolicy registrationPolicy,
                           RulesVersion rulesVersion) {
        this.sizeDetermination = sizeDetermination;
        this.classificationPolicy = classificationPolicy;
        this.supervisionPolicy = supervisionPolicy;
        this.finePolicy = finePolicy;
        this.accountabilityPolicy = accountabilityPolicy;
        this.registrationPolicy = registrationPolicy;
        this.rulesVersion = rulesVersion;
    }

    /** The EU-baseline engine with the current rule set. */
    public ProfileAssessor() {
        this(new SizeDetermination(), new ClassificationPolicy(), new SupervisionPolicy(), new FinePolicy(),
                new ManagementAccountabilityPolicy(), new RegistrationPolicy(), RulesVersion.CURRENT);
    }

    public RulesVersion rulesVersion() {
        return rulesVersion;
    }

    public Assessment assess(EntityProfile profile) {
        return assess(profile, List.of(), List.of(), profile.undertakingWorldwideTurnover() == null);
    }

    /**
     * @param leadingSteps        steps that come before the size class (e.g. the group aggregation)
     * @param leadingAssumptions  assumptions made before (e.g. by the aggregation)
     * @param fineBaseDefaulted   whether the fine base fell back to the entity's own turnover
     */
    Assessment assess(EntityProfile profile, List<ReasoningStep> leadingSteps, List<String> leadingAssumptions,
                      boolean fineBaseDefaulted) {
        return assess(profile, sizeDetermination.determine(profile.figures(), profile.previousFigures()), leadingSteps,
                leadingAssumptions, fineBaseDefaulted, null);
    }

    SizeDetermination sizeDetermination() {
        return sizeDetermination;
    }

    /**
     * @param size      the size classification of the profile's figures (shared by the members of a linked group)
     * @param fineMemo  fine exposures already worked out for the same fine base, or {@code null}
     */
    Assessment assess(EntityProfile profile, SizeClassification size, List<ReasoningStep> leadingSteps,
                      List<String> leadingAssumptions, boolean fineBaseDefaulted, FineMemo fineMemo) {
        Classification classification = classificationPolicy.classify(profile.activities(), size.sizeClass(),
                profile.identifications(), profile.exclusions(), profile.providesServicesInUnion());
        Supervision supervision = supervisionPolicy.supervise(classification);
        List<Obligation> management = accountabilityPolicy.duties(classification);
        List<Obligation> registration = registrationPolicy.duties(classification);

        FineExposure fine;
        ReasoningStep fineStep;
        int memoSlot = fineMemo == null ? -1 : FineMemo.slot(classification);
        if (memoSlot >= 0 && fineMemo.exposures[memoSlot] != null) {
            fine = fineMemo.exposures[memoSlot];
            fineStep = fineMemo.steps[memoSlot];
        } else {
            fine = finePolicy.exposure(classification, profile.fineBase());
            fineStep = finePolicy.explain(classification, fine);
            if (memoSlot >= 0 && fine != null) {
                fineMemo.exposures[memoSlot] = fine;
                fineMemo.steps[memoSlot] = fineStep;
            }
        }
        ReasoningStep supervisionStep = supervisionPolicy.explain(classification);
        ReasoningStep accountabilityStep = accountabilityPolicy.explain(classification);
        ReasoningStep[] steps = new ReasoningStep[leadingSteps.size() + size.steps().size()
                + classification.steps().size() + (supervisionStep == null ? 0 : 1) + (fineStep == null ? 0 : 1)
                + (accountabilityStep == null ? 0 : 1)];
        int n = copy(leadingSteps, steps, 0);
        n = copy(size.steps(), steps, n);
        n = copy(classification.steps(), steps, n);
        if (supervisionStep != null) {
            steps[n++] = supervisionStep;
        }
        if (fineStep != null) {
            steps[n++] = fineStep;
        }
        if (accountabilityStep != null) {
            steps[n] = accountabilityStep;
        }
        List<ReasoningStep> reasoning = List.of(steps);

        // built in an exact-size array: no growing list copied again by Assessment's List.copyOf
        // the size assumptions (e.g. an unknown balance sheet) matter wherever the figures count: for every entity that
        // is not a public administration, and for one that also has an activity other than public administration
        boolean sizeAssumptions = !classification.publicAdministration() || sizedActivity(classification);
        boolean publicAdministrationFine = fine != null && classification.publicAdministration();
        boolean defaultedFine = fine != null && fineBaseDefaulted;
        String[] assumed = new String[leadingAssumptions.size() + (sizeAssumptions ? size.assumptions().size() : 0)
                + classification.assumptions().size() + (publicAdministrationFine ? 1 : 0) + (defaultedFine ? 1 : 0)];
        int a = copy(leadingAssumptions, assumed, 0);
        if (sizeAssumptions) {
            a = copy(size.assumptions(), assumed, a);
        }
        a = copy(classification.assumptions(), assumed, a);
        if (publicAdministrationFine) {
            assumed[a++] = FinePolicy.PUBLIC_ADMINISTRATION_ASSUMPTION;
        }
        if (defaultedFine) {
            assumed[a] = UNDERTAKING_TURNOVER_ASSUMPTION;
        }
        List<String> assumptions = switch (assumed.length) {
            case 0 -> List.of();
            case 1 -> List.of(assumed[0]);
            case 2 -> List.of(assumed[0], assumed[1]);
            default -> List.of(assumed);
        };
        return new Assessment(classification.entityClass(), size.sizeClass(), classification.legalBasis(), supervision,
                fine, management, registration, reasoning, assumptions,
                rulesVersion);
    }

    /**
     * The fine exposure and its reasoning step for one fine base (e.g. one undertaking), per class: they depend on
     * nothing else once the entity is in scope and not displaced by DORA. Not thread-safe; one per fine base.
     */
    static final class FineMemo {
        final FineExposure[] exposures = new FineExposure[4];
        final ReasoningStep[] steps = new ReasoningStep[4];

        /** -1 when no Art 34(4)-(5) ceiling applies (nothing to remember). */
        static int slot(Classification classification) {
            if (!classification.inScope() || classification.doraLexSpecialis()) {
                return -1;
            }
            return (classification.entityClass() == eu.nis2assessor.domain.scope.EntityClass.ESSENTIAL ? 2 : 0)
                    + (classification.publicAdministration() ? 1 : 0);
        }
    }

    private static boolean sizedActivity(Classification classification) {
        for (EntityType type : classification.effectiveTypes()) {
            if (type.annexTypeOtherThanPublicAdministration()) {
                return true;
            }
        }
        return false;
    }

    private static <T> int copy(List<? extends T> from, T[] to, int at) {
        for (int i = 0, size = from.size(); i < size; i++) {
            to[at + i] = from.get(i);
        }
        return at + from.size();
    }
}
