package eu.nis2assessor.adapter.graphql.art20;

import static eu.nis2assessor.adapter.graphql.mutation.UserErrors.id;
import static eu.nis2assessor.adapter.graphql.mutation.UserErrors.run;

import eu.nis2assessor.adapter.graphql.art20.Art20Views.AddManagementBodyMemberPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.RecordApprovalPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.RecordTrainingPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.UpdateManagementBodyMemberPayload;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.RecordApprovalCommand;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingCommand;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberUseCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The Art 20 register's mutations. Each is one use-case call (one transaction). Input a person can fix comes back
 * as {@code userErrors} with the field path under {@code input} (the shared
 * {@link eu.nis2assessor.adapter.graphql.mutation.UserErrors}): {@code INVALID} (a bad value), {@code NOT_FOUND} (an ID
 * naming nothing the caller may see), {@code CONFLICT} (a stale {@code version}).
 */
@Controller
public class Art20MutationController {

    private final AddManagementBodyMemberUseCase addMember;
    private final UpdateManagementBodyMemberUseCase updateMember;
    private final RecordApprovalUseCase recordApproval;
    private final RecordTrainingUseCase recordTraining;

    public Art20MutationController(AddManagementBodyMemberUseCase addMember,
                                   UpdateManagementBodyMemberUseCase updateMember,
                                   RecordApprovalUseCase recordApproval, RecordTrainingUseCase recordTraining) {
        this.addMember = addMember;
        this.updateMember = updateMember;
        this.recordApproval = recordApproval;
        this.recordTraining = recordTraining;
    }

    @MutationMapping
    public AddManagementBodyMemberPayload addManagementBodyMember(@Argument Map<String, Object> input) {
        return run(() -> addMember.add(new AddManagementBodyMemberCommand(
                        id(input.get("legalEntityId"), "legalEntityId", "LegalEntity"), (String) input.get("name"),
                        (String) input.get("role"), (LocalDate) input.get("appointedOn"), (LocalDate) input.get("leftOn"))),
                m -> new AddManagementBodyMemberPayload(m, List.of()),
                errors -> new AddManagementBodyMemberPayload(null, errors));
    }

    @MutationMapping
    public UpdateManagementBodyMemberPayload updateManagementBodyMember(@Argument Map<String, Object> input) {
        return run(() -> updateMember.update(new UpdateManagementBodyMemberCommand(
                        id(input.get("id"), "id", Art20NodeResolvers.MEMBER), ((Number) input.get("version")).longValue(),
                        (String) input.get("name"), (String) input.get("role"), (LocalDate) input.get("appointedOn"),
                        (LocalDate) input.get("leftOn"))),
                m -> new UpdateManagementBodyMemberPayload(m, List.of()),
                errors -> new UpdateManagementBodyMemberPayload(null, errors));
    }

    @MutationMapping
    public RecordApprovalPayload recordApproval(@Argument Map<String, Object> input) {
        return run(() -> {
                    UUID entity = id(input.get("legalEntityId"), "legalEntityId", "LegalEntity");
                    List<?> given = (List<?>) input.get("approverIds");
                    List<UUID> approvers = new ArrayList<>();
                    for (int i = 0; i < given.size(); i++) {
                        approvers.add(id(given.get(i), "approverIds[" + i + "]", Art20NodeResolvers.MEMBER));
                    }
                    return recordApproval.record(new RecordApprovalCommand(entity, (String) input.get("measuresVersion"),
                            (LocalDate) input.get("approvedOn"), approvers, (String) input.get("documentReference")));
                }, a -> new RecordApprovalPayload(a, List.of()),
                errors -> new RecordApprovalPayload(null, errors));
    }

    @MutationMapping
    public RecordTrainingPayload recordTraining(@Argument Map<String, Object> input) {
        return run(() -> recordTraining.record(new RecordTrainingCommand(
                        id(input.get("memberId"), "memberId", Art20NodeResolvers.MEMBER),
                        (LocalDate) input.get("completedOn"), (String) input.get("provider"), (String) input.get("topic"))),
                t -> new RecordTrainingPayload(t, List.of()),
                errors -> new RecordTrainingPayload(null, errors));
    }
}
