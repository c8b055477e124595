package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.art20.Art20Views.AddManagementBodyMemberPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.RecordApprovalPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.RecordTrainingPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.UpdateManagementBodyMemberPayload;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.UserErrorView;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.RecordApprovalCommand;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingCommand;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberUseCase;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The Art 20 register's mutations. Each is one use-case call (one transaction). Input a person can fix comes back
 * as {@code userErrors} with the field path under {@code input}: {@code INVALID} (a bad value), {@code NOT_FOUND}
 * (an ID naming nothing the caller may see), {@code CONFLICT} (a stale {@code version}).
 */
@Controller
public class Art20MutationController {

    private static final Pattern INDEXED = Pattern.compile("^(.+)\\[(\\d+)]$");

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
                        id(input, "legalEntityId", "LegalEntity"), (String) input.get("name"), (String) input.get("role"),
                        (LocalDate) input.get("appointedOn"), (LocalDate) input.get("leftOn"))),
                "legalEntityId", m -> new AddManagementBodyMemberPayload(m, List.of()),
                errors -> new AddManagementBodyMemberPayload(null, errors));
    }

    @MutationMapping
    public UpdateManagementBodyMemberPayload updateManagementBodyMember(@Argument Map<String, Object> input) {
        return run(() -> updateMember.update(new UpdateManagementBodyMemberCommand(
                        id(input, "id", Art20NodeResolvers.MEMBER), ((Number) input.get("version")).longValue(),
                        (String) input.get("name"), (String) input.get("role"), (LocalDate) input.get("appointedOn"),
                        (LocalDate) input.get("leftOn"))),
                "id", m -> new UpdateManagementBodyMemberPayload(m, List.of()),
                errors -> new UpdateManagementBodyMemberPayload(null, errors));
    }

    @MutationMapping
    public RecordApprovalPayload recordApproval(@Argument Map<String, Object> input) {
        return run(() -> {
                    UUID entity = id(input, "legalEntityId", "LegalEntity");
                    List<?> given = (List<?>) input.get("approverIds");
                    List<UUID> approvers = new ArrayList<>();
                    for (int i = 0; i < given.size(); i++) {
                        approvers.add(decode((String) given.get(i), "approverIds[" + i + "]", Art20NodeResolvers.MEMBER));
                    }
                    return recordApproval.record(new RecordApprovalCommand(entity, (String) input.get("measuresVersion"),
                            (LocalDate) input.get("approvedOn"), approvers, (String) input.get("documentReference")));
                }, "legalEntityId", a -> new RecordApprovalPayload(a, List.of()),
                errors -> new RecordApprovalPayload(null, errors));
    }

    @MutationMapping
    public RecordTrainingPayload recordTraining(@Argument Map<String, Object> input) {
        return run(() -> recordTraining.record(new RecordTrainingCommand(
                        id(input, "memberId", Art20NodeResolvers.MEMBER), (LocalDate) input.get("completedOn"),
                        (String) input.get("provider"), (String) input.get("topic"))),
                "memberId", t -> new RecordTrainingPayload(t, List.of()),
                errors -> new RecordTrainingPayload(null, errors));
    }

    /** An ID of the input that must name a {@code type}: else {@code NOT_FOUND} on that field. */
    private static UUID id(Map<String, Object> input, String field, String type) {
        return decode((String) input.get(field), field, type);
    }

    private static UUID decode(String value, String field, String type) {
        try {
            return GlobalId.decode(value, type);
        } catch (NotFoundException e) {
            throw new FieldNotFound(field, type + " " + value + " not found");
        }
    }

    /** Runs the use case; turns what a person can fix into userErrors, lets server faults through. */
    private static <T, P> P run(Supplier<T> work, String notFoundField, Function<T, P> success,
                                Function<List<UserErrorView>, P> failure) {
        try {
            return success.apply(work.get());
        } catch (FieldNotFound e) {
            return failure.apply(List.of(new UserErrorView(List.of("input", e.field), e.getMessage(), "NOT_FOUND")));
        } catch (NotFoundException e) {
            return failure.apply(List.of(new UserErrorView(List.of("input", notFoundField), e.getMessage(), "NOT_FOUND")));
        } catch (RefusedException e) {
            List<String> field = e.field() == null ? List.of("input")
                    : path(List.of(e.field().split("\\.")));
            return failure.apply(List.of(new UserErrorView(field, e.getMessage(), e.code().name())));
        } catch (InvalidInputException e) {
            return failure.apply(List.of(new UserErrorView(path(e.path()), e.getMessage(), "INVALID")));
        }
    }

    /** {@code ["approverIds[2]"]} becomes {@code ["input", "approverIds", "2"]}. */
    static List<String> path(List<String> segments) {
        List<String> path = new ArrayList<>();
        path.add("input");
        for (String segment : segments) {
            Matcher m = INDEXED.matcher(segment);
            if (m.matches()) {
                path.add(m.group(1));
                path.add(m.group(2));
            } else {
                path.add(segment);
            }
        }
        return path;
    }

    private static final class FieldNotFound extends RuntimeException {
        private final String field;

        FieldNotFound(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
