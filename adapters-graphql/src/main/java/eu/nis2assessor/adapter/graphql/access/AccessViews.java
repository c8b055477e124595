package eu.nis2assessor.adapter.graphql.access;

import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.application.port.out.AuditRecord;
import eu.nis2assessor.application.port.out.MemberRecord;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The GraphQL shapes of tokens, members, audit records and the viewer, read by graphql-java by field name. */
public final class AccessViews {

    public static final String API_TOKEN = "ApiToken";
    public static final String TENANT_MEMBER = "TenantMember";
    public static final String AUDIT_RECORD = "AuditRecord";
    public static final String GROUP = "Group";

    private AccessViews() {
    }

    /** {@code type ApiToken}. */
    public record ApiTokenView(String id, String name, List<String> scopes, List<String> groupIds, Instant expiresAt,
                               Instant lastUsedAt, Instant revokedAt, String prefix, Instant createdAt, String createdBy) {
    }

    /** {@code type TenantMember}. */
    public record TenantMemberView(String id, String issuer, String subject, String displayName, String role,
                                   List<String> groupIds, Instant createdAt, Instant updatedAt) {
    }

    /** {@code type AuditRecord}. */
    public record AuditRecordView(String id, Instant occurredAt, String actor, String action, String target,
                                  String outcome, String detail) {
    }

    /** {@code type Viewer}. */
    public record ViewerView(String tenantId, String actor, List<String> scopes, List<String> groupIds) {
    }

    public static ApiTokenView view(ApiTokenRecord token) {
        return new ApiTokenView(GlobalId.encode(API_TOKEN, token.id()), token.name(),
                token.scopes().stream().sorted().map(Scope::value).toList(), groupIds(token.groups()),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.prefix(), token.createdAt(),
                token.createdBy());
    }

    public static TenantMemberView view(MemberRecord member) {
        return new TenantMemberView(GlobalId.encode(TENANT_MEMBER, member.id()), member.issuer(), member.subject(),
                member.displayName(), member.role().name(), groupIds(member.groups()), member.createdAt(),
                member.updatedAt());
    }

    public static AuditRecordView view(AuditRecord record) {
        return new AuditRecordView(GlobalId.encode(AUDIT_RECORD, record.id()), record.occurredAt(), record.actor(),
                record.action(), record.target(), record.outcome().name(), record.detail());
    }

    public static ViewerView view(Caller caller) {
        return new ViewerView(caller.tenant().toString(), caller.actor(),
                caller.scopes().stream().sorted().map(Scope::value).toList(), groupIds(caller.groups()));
    }

    static List<String> groupIds(Optional<Set<UUID>> groups) {
        return groups.map(ids -> ids.stream().sorted().map(id -> GlobalId.encode(GROUP, id)).toList()).orElse(null);
    }

    /** Group IDs of an input: null = no restriction; an ID that is not a Group's is invalid input naming its index. */
    static Optional<Set<UUID>> groups(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        List<?> ids = (List<?>) value;
        Set<UUID> groups = new LinkedHashSet<>();
        List<Object> copy = new ArrayList<>(ids);
        for (int i = 0; i < copy.size(); i++) {
            try {
                groups.add(GlobalId.decode(String.valueOf(copy.get(i)), GROUP));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("groupIds[" + i + "]", "not a Group ID");
            }
        }
        return Optional.of(groups);
    }
}
