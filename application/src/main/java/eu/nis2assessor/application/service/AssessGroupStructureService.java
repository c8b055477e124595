package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.AssessGroupStructureCommand;
import eu.nis2assessor.application.port.in.AssessGroupStructureUseCase;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.Objects;

/**
 * {@link AssessGroupStructureUseCase} on the domain's {@link GroupStructureAssessor}, refusing structures above
 * the configured {@link AssessmentLimits} before any aggregation work starts. Stateless and thread-safe.
 */
public final class AssessGroupStructureService implements AssessGroupStructureUseCase {

    private final GroupStructureAssessor assessor;
    private final AssessmentLimits limits;

    public AssessGroupStructureService(GroupStructureAssessor assessor, AssessmentLimits limits) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public AssessGroupStructureService(GroupStructureAssessor assessor) {
        this(assessor, AssessmentLimits.DEFAULTS);
    }

    public AssessmentLimits limits() {
        return limits;
    }

    @Override
    public GroupStructureAssessment assess(AssessGroupStructureCommand command) {
        Objects.requireNonNull(command, "command");
        GroupStructure structure = command.structure();
        checkLimits(structure.enterprises().size(), structure.holdings().size(),
                AssessmentLimits.listEntries(structure));
        return assessor.assess(structure);
    }

    /** @throws InvalidInputException e.g. {@code enterprises: at most 10000 enterprises per call (got 10001)} */
    private void checkLimits(int enterprises, int holdings, long listEntries) {
        if (enterprises > limits.maxEnterprises()) {
            throw InvalidInputException.of("enterprises", "at most " + limits.maxEnterprises()
                    + " enterprises per call (got " + enterprises + ")");
        }
        if (holdings > limits.maxHoldings()) {
            throw InvalidInputException.of("holdings", "at most " + limits.maxHoldings()
                    + " holdings per call (got " + holdings + ")");
        }
        if (listEntries > limits.maxListEntries()) {
            throw InvalidInputException.of("sameOrAdjacentMarkets", "at most " + limits.maxListEntries()
                    + " entries in market groups and consolidated-accounts includes together per call (got "
                    + listEntries + ")");
        }
    }
}
