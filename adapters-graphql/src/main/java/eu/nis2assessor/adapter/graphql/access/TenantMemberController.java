package eu.nis2assessor.adapter.graphql.access;

import static eu.nis2assessor.adapter.graphql.access.AccessViews.TENANT_MEMBER;

import eu.nis2assessor.adapter.graphql.access.AccessViews.TenantMemberView;
import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.port.in.ManageTenantMembersUseCase;
import eu.nis2assessor.application.port.in.SetTenantMemberCommand;
import eu.nis2assessor.application.port.out.MemberRecord;
import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code setTenantMember}, {@code removeTenantMember}, {@code tenantMembers} and {@code node(id:)} for members. */
@Controller
public class TenantMemberController implements NodeResolver<TenantMemberView> {

    private final ManageTenantMembersUseCase members;

    public TenantMemberController(ManageTenantMembersUseCase members) {
        this.members = members;
    }

    /** {@code type SetTenantMemberPayload}. */
    public record SetTenantMemberPayload(TenantMemberView member, List<UserErrorView> userErrors) {
    }

    /** {@code type RemoveTenantMemberPayload}. */
    public record RemoveTenantMemberPayload(TenantMemberView member, List<UserErrorView> userErrors) {
    }

    @MutationMapping
    public SetTenantMemberPayload setTenantMember(@Argument Map<String, Object> input) {
        try {
            Object role = input.get("role");
            SetTenantMemberCommand command = new SetTenantMemberCommand((String) input.get("issuer"),
                    (String) input.get("subject"), (String) input.get("displayName"),
                    role == null ? null : Role.valueOf(role.toString()), AccessViews.groups(input.get("groupIds")));
            return new SetTenantMemberPayload(AccessViews.view(members.set(command)), List.of());
        } catch (InvalidInputException e) {
            return new SetTenantMemberPayload(null, List.of(UserErrorView.of(e)));
        }
    }

    @MutationMapping
    public RemoveTenantMemberPayload removeTenantMember(@Argument Map<String, Object> input) {
        UUID id = GlobalId.decode(String.valueOf(input.get("id")), TENANT_MEMBER);
        return new RemoveTenantMemberPayload(AccessViews.view(members.remove(id)), List.of());
    }

    @QueryMapping
    public Connection<TenantMemberView> tenantMembers(@Argument Integer first, @Argument String after) {
        int limit = AccessPages.limit(first);
        Optional<UUID> afterId = Optional.ofNullable(after).map(cursor -> GlobalId.decode(cursor, TENANT_MEMBER));
        List<MemberRecord> page = members.list(limit + 1, afterId);
        return AccessPages.of(page, limit, afterId.isPresent(), m -> GlobalId.encode(TENANT_MEMBER, m.id()), AccessViews::view);
    }

    @Override
    public String typeName() {
        return TENANT_MEMBER;
    }

    @Override
    public Class<TenantMemberView> javaType() {
        return TenantMemberView.class;
    }

    @Override
    public Optional<TenantMemberView> find(UUID id) {
        return members.find(id).map(AccessViews::view);
    }
}
