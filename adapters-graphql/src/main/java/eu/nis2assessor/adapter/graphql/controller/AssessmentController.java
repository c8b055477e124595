package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.mapper.AssessmentInputMapper;
import eu.nis2assessor.application.port.in.AssessGroupStructureUseCase;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.assessProfile} and {@code Query.assessGroupStructure}: maps the input to the application's commands
 * and returns the domain results, whose field names match the schema; the few computed output fields (money,
 * rules version) are wired in {@link AssessmentOutputWiring}. Invalid input surfaces as the domain's
 * {@code InvalidInputException}, which the error mapping turns into a {@code BAD_REQUEST} error.
 */
@Controller
public class AssessmentController {

    private final AssessProfileUseCase assessProfile;
    private final AssessGroupStructureUseCase assessGroupStructure;
    private final AssessmentInputMapper mapper = new AssessmentInputMapper();

    public AssessmentController(AssessProfileUseCase assessProfile, AssessGroupStructureUseCase assessGroupStructure) {
        this.assessProfile = assessProfile;
        this.assessGroupStructure = assessGroupStructure;
    }

    @QueryMapping
    public Assessment assessProfile(@Argument Map<String, Object> profile) {
        return assessProfile.assess(mapper.toProfileCommand(profile));
    }

    @QueryMapping
    public GroupStructureAssessment assessGroupStructure(@Argument Map<String, Object> structure) {
        return assessGroupStructure.assess(mapper.toGroupStructureCommand(structure));
    }
}
