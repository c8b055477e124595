package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.mapper.AssessmentInputMapper;
import eu.nis2assessor.application.port.in.AssessGroupStructureUseCase;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.validation.InvalidInputException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.assessProfile} and {@code Query.assessGroupStructure}: maps the input to the application's commands
 * and returns the domain results, whose field names match the schema; the few computed output fields (money,
 * rules version) are wired in {@link AssessmentOutputWiring}. Invalid input surfaces as the domain's
 * {@code InvalidInputException}, which the error mapping turns into a {@code BAD_REQUEST} error.
 *
 * <p>The arguments are read from the {@link DataFetchingEnvironment} as graphql-java coerced them (maps, lists,
 * {@code BigDecimal}s) rather than through {@code @Argument}: Spring's argument binder would copy the whole input
 * (10,000 enterprises for a large group) into a second map before the mapper reads it once.
 *
 * <p>The two fields are registered as plain {@link DataFetcher}s ({@link #configure}) rather than
 * {@code @QueryMapping} methods: Spring's annotated-method invocation (handler lookup, argument resolvers, reflective
 * call) cost about 6 % of an {@code assessProfile} request. Exceptions still go through Spring GraphQL's exception
 * resolvers, and the fetchers are still observed like any non-trivial data fetcher.
 */
@Controller
public class AssessmentController implements RuntimeWiringConfigurer {

    /** Most contributions one {@code assessGroupStructure} answer may list (over all its enterprises). */
    public static final long MAX_CONTRIBUTIONS = 500_000;

    private final AssessProfileUseCase assessProfile;
    private final AssessGroupStructureUseCase assessGroupStructure;
    private final AssessmentInputMapper mapper = new AssessmentInputMapper();

    public AssessmentController(AssessProfileUseCase assessProfile, AssessGroupStructureUseCase assessGroupStructure) {
        this.assessProfile = assessProfile;
        this.assessGroupStructure = assessGroupStructure;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        DataFetcher<Assessment> profile = this::assessProfile;
        DataFetcher<GroupStructureAssessment> structure = this::assessGroupStructure;
        builder.type("Query", type -> type
                .dataFetcher("assessProfile", profile)
                .dataFetcher("assessGroupStructure", structure));
    }

    /** {@code assessProfile(profile: EntityProfileInput!): Assessment!} */
    public Assessment assessProfile(DataFetchingEnvironment env) {
        return assessProfile.assess(mapper.toProfileCommand(env.getArgument("profile")));
    }

    /**
     * {@code assessGroupStructure(structure: GroupStructureInput!): GroupStructureAssessment!}
     *
     * <p>When the client asks for {@code contributions}, the answer lists, for every enterprise, every enterprise
     * counted for it: in a densely linked group of n enterprises that is n² entries (10^8 for 10,000). Such an answer
     * is refused, before any of it is built, when it would hold more than {@value #MAX_CONTRIBUTIONS} contributions.
     */
    public GroupStructureAssessment assessGroupStructure(DataFetchingEnvironment env) {
        GroupStructureAssessment result = assessGroupStructure.assess(
                mapper.toGroupStructureCommand(env.getArgument("structure")));
        if (env.getSelectionSet().contains("enterprises/contributions")) {
            long total = 0;
            for (EnterpriseAssessment enterprise : result.enterprises()) {
                total += enterprise.contributions().size();
            }
            if (total > MAX_CONTRIBUTIONS) {
                throw InvalidInputException.of("enterprises.contributions", "the answer would list " + total
                        + " contributions, more than " + MAX_CONTRIBUTIONS + " per call; leave out contributions"
                        + " or assess a smaller structure");
            }
        }
        return result;
    }
}
