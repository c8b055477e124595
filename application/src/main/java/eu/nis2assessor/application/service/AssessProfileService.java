package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.AssessProfileCommand;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.ProfileAssessor;
import java.util.Objects;

/** {@link AssessProfileUseCase} on the domain's {@link ProfileAssessor}. Stateless and thread-safe. */
public final class AssessProfileService implements AssessProfileUseCase {

    private final ProfileAssessor assessor;

    public AssessProfileService(ProfileAssessor assessor) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
    }

    @Override
    public Assessment assess(AssessProfileCommand command) {
        Objects.requireNonNull(command, "command");
        return assessor.assess(command.profile());
    }
}
