package eu.nis2assessor.application.service;

import eu.nis2assessor.application.audit.OperationContext;
import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.in.AuthenticateUserUseCase;
import eu.nis2assessor.application.port.in.ManageTenantMembersUseCase;
import eu.nis2assessor.application.port.in.SetTenantMemberCommand;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.MemberRecord;
import eu.nis2assessor.application.port.out.MemberStore;
import eu.nis2assessor.application.port.out.MembershipGrant;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users of a tenant: who they are at authentication, and how admins add, change and remove them. */
public class TenantMemberService implements AuthenticateUserUseCase, ManageTenantMembersUseCase {

    private final MemberStore store;
    private final TransactionPort transactions;
    private final CurrentCallerPort callers;

    public TenantMemberService(MemberStore store, TransactionPort transactions, CurrentCallerPort callers) {
        this.store = store;
        this.transactions = transactions;
        this.callers = callers;
    }

    @Override
    public Caller authenticate(String issuer, String subject, Optional<TenantId> tenant) {
        List<MembershipGrant> grants = store.findGrants(issuer, subject);
        MembershipGrant grant;
        if (tenant.isPresent()) {
            grant = grants.stream().filter(g -> g.tenant().equals(tenant.get())).findFirst()
                    .orElseThrow(() -> new UnauthenticatedException("The user is not a member of the tenant named in the token"));
        } else if (grants.size() == 1) {
            grant = grants.getFirst();
        } else if (grants.isEmpty()) {
            throw new UnauthenticatedException("The user is not a member of any tenant");
        } else {
            throw new UnauthenticatedException("The user is a member of several tenants: the token must name one (claim nis2_tenant)");
        }
        return new Caller(grant.tenant(), "member:" + grant.membershipId(), grant.role().scopes(),
                grant.role() == Role.COMPLIANCE_HEAD ? grant.groups() : Optional.empty());
    }

    @Override
    public MemberRecord set(SetTenantMemberCommand command) {
        Caller caller = callers.currentCaller();
        requireUnrestricted(caller);
        if (!caller.scopes().containsAll(command.role().scopes())) {
            throw new ForbiddenException("You cannot give the role " + command.role() + ": it has scopes you do not hold");
        }
        return transactions.inTransaction(() -> {
            MemberRecord member = store.upsert(command.issuer(), command.subject(), command.displayName(),
                    command.role(), command.groups());
            OperationContext.current().ifPresent(op -> op.target(member.id().toString()));
            return member;
        });
    }

    @Override
    public MemberRecord remove(UUID id) {
        requireUnrestricted(callers.currentCaller());
        return transactions.inTransaction(() -> {
            MemberRecord member = store.findById(id).orElseThrow(() -> new NotFoundException("TenantMember", id));
            store.remove(id);
            return member;
        });
    }

    @Override
    public List<MemberRecord> list(int limit, Optional<UUID> after) {
        return transactions.readOnly(() -> store.list(limit, after));
    }

    @Override
    public Optional<MemberRecord> find(UUID id) {
        return transactions.readOnly(() -> store.findById(id));
    }

    private static void requireUnrestricted(Caller caller) {
        if (caller.groups().isPresent()) {
            throw new ForbiddenException("A caller restricted to groups cannot manage the tenant's members");
        }
    }
}
