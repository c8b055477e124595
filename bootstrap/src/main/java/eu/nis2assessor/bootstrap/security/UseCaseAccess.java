package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.Art20BatchQuery;
import eu.nis2assessor.application.port.in.Art20RegisterQuery;
import eu.nis2assessor.application.port.in.AssessGroupStructureUseCase;
import eu.nis2assessor.application.port.in.CreateGroupUseCase;
import eu.nis2assessor.application.port.in.CreateHoldingUseCase;
import eu.nis2assessor.application.port.in.CreateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.DeleteLegalEntityUseCase;
import eu.nis2assessor.application.port.in.EndHoldingUseCase;
import eu.nis2assessor.application.port.in.ImportGroupStructureUseCase;
import eu.nis2assessor.application.port.in.ManagementAccountabilityQuery;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordFinancialYearUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.RunGroupAssessmentUseCase;
import eu.nis2assessor.application.port.in.UpdateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.application.port.in.AuthenticateApiTokenUseCase;
import eu.nis2assessor.application.port.in.AuthenticateUserUseCase;
import eu.nis2assessor.application.port.in.CreateApiTokenUseCase;
import eu.nis2assessor.application.port.in.DescribeCallerUseCase;
import eu.nis2assessor.application.port.in.DescribeRulesUseCase;
import eu.nis2assessor.application.port.in.EnsureBootstrapTokenUseCase;
import eu.nis2assessor.application.port.in.ManageTenantMembersUseCase;
import eu.nis2assessor.application.port.in.QueryApiTokensUseCase;
import eu.nis2assessor.application.port.in.QueryAuditRecordsUseCase;
import eu.nis2assessor.application.port.in.RecordOperationUseCase;
import eu.nis2assessor.application.port.in.RevokeApiTokenUseCase;
import eu.nis2assessor.domain.access.Scope;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each use case (each interface of {@code application.port.in}) requires of its caller: the one table of
 * authorisation, applied by {@link UseCaseAuthorization} to every call. A use case not listed here requires
 * every scope (fail closed) and is named in a warning at startup; {@code UseCaseAccessTest} fails until it is
 * listed.
 */
public final class UseCaseAccess {

    /** What a use case requires. */
    public sealed interface Requirement permits Open, Authenticated, Scoped {
    }

    /** No caller needed: authentication itself. */
    public record Open() implements Requirement {
    }

    /** Any authenticated caller. */
    public record Authenticated() implements Requirement {
    }

    /** An authenticated caller holding all these scopes. */
    public record Scoped(Set<Scope> scopes) implements Requirement {
        public Scoped {
            scopes = Set.copyOf(scopes);
        }
    }

    private static final Map<Class<?>, Requirement> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(AuthenticateApiTokenUseCase.class, new Open());
        TABLE.put(AuthenticateUserUseCase.class, new Open());
        TABLE.put(DescribeRulesUseCase.class, new Authenticated());
        TABLE.put(DescribeCallerUseCase.class, new Authenticated());
        TABLE.put(RecordOperationUseCase.class, new Authenticated());
        TABLE.put(AssessProfileUseCase.class, scoped(Scope.ASSESS_READ));
        TABLE.put(AssessGroupStructureUseCase.class, scoped(Scope.ASSESS_READ));
        TABLE.put(CreateApiTokenUseCase.class, scoped(Scope.TOKENS_ADMIN));
        TABLE.put(RevokeApiTokenUseCase.class, scoped(Scope.TOKENS_ADMIN));
        TABLE.put(QueryApiTokensUseCase.class, scoped(Scope.TOKENS_ADMIN));
        TABLE.put(ManageTenantMembersUseCase.class, scoped(Scope.TOKENS_ADMIN));
        TABLE.put(QueryAuditRecordsUseCase.class, scoped(Scope.TOKENS_ADMIN));
        TABLE.put(EnsureBootstrapTokenUseCase.class, scoped(Scope.values()));
        // Stored groups and the Art 20 register (issue 5). Another tenant's objects are invisible to these
        // (tenant filter + row-level security); groups outside a caller's list too (group_restriction policies).
        TABLE.put(QueryGroupsUseCase.class, scoped(Scope.GROUPS_READ));
        TABLE.put(Art20RegisterQuery.class, scoped(Scope.GROUPS_READ));
        TABLE.put(ManagementAccountabilityQuery.class, scoped(Scope.GROUPS_READ));
        TABLE.put(Art20BatchQuery.class, scoped(Scope.GROUPS_READ));
        TABLE.put(CreateGroupUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(CreateLegalEntityUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(UpdateLegalEntityUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(DeleteLegalEntityUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(CreateHoldingUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(EndHoldingUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(RecordFinancialYearUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(ImportGroupStructureUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(AddManagementBodyMemberUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(UpdateManagementBodyMemberUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(RecordApprovalUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(RecordTrainingUseCase.class, scoped(Scope.GROUPS_WRITE));
        TABLE.put(RunGroupAssessmentUseCase.class, scoped(Scope.ASSESSMENTS_RUN));
    }

    private UseCaseAccess() {
    }

    private static Scoped scoped(Scope... scopes) {
        return new Scoped(EnumSet.copyOf(Set.of(scopes)));
    }

    /** The requirement of {@code useCase}, if it is listed. */
    public static Optional<Requirement> declared(Class<?> useCase) {
        return Optional.ofNullable(TABLE.get(useCase));
    }

    /** The requirement of {@code useCase}; an unlisted one requires every scope. */
    public static Requirement of(Class<?> useCase) {
        return declared(useCase).orElseGet(() -> new Scoped(EnumSet.allOf(Scope.class)));
    }
}
