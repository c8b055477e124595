package eu.nis2assessor.adapter.graphql.art20;

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

    /** {@code UserError}. */
    record UserErrorView(List<String> field, String message, String code) {
    }

    record AddManagementBodyMemberPayload(ManagementBodyMember managementBodyMember, List<UserErrorView> userErrors) {
    }

    record UpdateManagementBodyMemberPayload(ManagementBodyMember managementBodyMember, List<UserErrorView> userErrors) {
    }

    record RecordApprovalPayload(Approval approval, List<UserErrorView> userErrors) {
    }

    record RecordTrainingPayload(Training training, List<UserErrorView> userErrors) {
    }

    record PageInfoView(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    record Edge<T>(String cursor, T node) {
    }

    record Connection<T>(List<Edge<T>> edges, PageInfoView pageInfo) {
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
