package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The scope of a mutation is checked before its input is even read: a caller without the scope gets
 * {@code FORBIDDEN}, never {@code userErrors} about its input (which would tell it how the input is checked and
 * that the mutation would otherwise run). The use cases check again ({@link UseCaseAuthorization}); this is the
 * same rule applied earlier. A mutation missing from {@link #SCOPES} needs every scope (fail closed); a test keeps
 * the table complete.
 */
@Component
public class MutationScopeInstrumentation extends SimplePerformantInstrumentation {

    /** The scope each root field of {@code Mutation} needs (as in {@link UseCaseAccess} for its use case). */
    static final Map<String, Scope> SCOPES = Map.ofEntries(
            Map.entry("createGroup", Scope.GROUPS_WRITE),
            Map.entry("createLegalEntity", Scope.GROUPS_WRITE),
            Map.entry("updateLegalEntity", Scope.GROUPS_WRITE),
            Map.entry("deleteLegalEntity", Scope.GROUPS_WRITE),
            Map.entry("createHolding", Scope.GROUPS_WRITE),
            Map.entry("endHolding", Scope.GROUPS_WRITE),
            Map.entry("recordFinancialYear", Scope.GROUPS_WRITE),
            Map.entry("importGroupStructure", Scope.GROUPS_WRITE),
            Map.entry("addManagementBodyMember", Scope.GROUPS_WRITE),
            Map.entry("updateManagementBodyMember", Scope.GROUPS_WRITE),
            Map.entry("recordApproval", Scope.GROUPS_WRITE),
            Map.entry("recordTraining", Scope.GROUPS_WRITE),
            Map.entry("runGroupAssessment", Scope.ASSESSMENTS_RUN),
            Map.entry("createApiToken", Scope.TOKENS_ADMIN),
            Map.entry("revokeApiToken", Scope.TOKENS_ADMIN),
            Map.entry("setTenantMember", Scope.TOKENS_ADMIN),
            Map.entry("removeTenantMember", Scope.TOKENS_ADMIN));

    private final CurrentCallerPort callers;

    public MutationScopeInstrumentation(CurrentCallerPort callers) {
        this.callers = callers;
    }

    /** The scopes the mutation {@code field} needs. */
    static Set<Scope> required(String field) {
        Scope scope = SCOPES.get(field);
        return scope == null ? EnumSet.allOf(Scope.class) : EnumSet.of(scope);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // Only the root fields of a mutation; decided without the field's DataFetchingEnvironment, which graphql-java
        // does not build at all for the plain properties that make up most of an answer.
        OperationDefinition.Operation kind = parameters.getExecutionContext().getOperationDefinition().getOperation();
        if (kind != OperationDefinition.Operation.MUTATION || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
            return dataFetcher;
        }
        Set<Scope> required = required(parameters.getField().getName());
        return environment -> {
            Caller caller = callers.currentCaller();
            if (!caller.scopes().containsAll(required)) {
                throw new ForbiddenException("Forbidden: this needs the scope " + required.stream()
                        .filter(s -> !caller.has(s)).map(Scope::value).sorted().collect(Collectors.joining(", ")));
            }
            return dataFetcher.get(environment);
        };
    }
}
