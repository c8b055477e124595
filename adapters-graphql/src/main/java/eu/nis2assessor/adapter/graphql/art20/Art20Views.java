package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.mutation.UserErrors.UserError;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import eu.nis2assessor.domain.scope.EntityClass;
import java.time.LocalDate;
import java.util.List;

/** The GraphQL source objects of the Art 20 schema (art20.graphqls) that are not domain records themselves. */
final class Art20Views {

    private Art20Views() {
    }

    record AddManagementBodyMemberPayload(ManagementBodyMember managementBodyMember, List<UserError> userErrors) {
    }

    record UpdateManagementBodyMemberPayload(ManagementBodyMember managementBodyMember, List<UserError> userErrors) {
    }

    record RecordApprovalPayload(Approval approval, List<UserError> userErrors) {
    }

    record RecordTrainingPayload(Training training, List<UserError> userErrors) {
    }

    /** {@code ManagementAccountability}. */
    record AccountabilityView(LocalDate asOf, EntityClass entityClass, String groupAssessmentId, LocalDate assessedAsOf,
                              List<ManagementBodyMember> members, boolean measuresApproved, Approval currentApproval,
                              List<ManagementBodyMember> approvedBy, List<MemberTrainingStatus> trainings,
                              List<GapView> gaps) {
    }

    /** {@code MemberTrainingStatus}. */
    record MemberTrainingStatus(ManagementBodyMember member, Training lastTraining) {
    }

    /** {@code AccountabilityGap}. */
    record GapView(String code, String message, List<String> legalBasis, ManagementBodyMember member) {
    }
}
