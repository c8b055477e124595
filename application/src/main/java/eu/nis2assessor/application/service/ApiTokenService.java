package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.port.in.CreateApiTokenCommand;
import eu.nis2assessor.application.port.in.CreateApiTokenUseCase;
import eu.nis2assessor.application.port.in.CreatedApiToken;
import eu.nis2assessor.application.port.in.EnsureBootstrapTokenUseCase;
import eu.nis2assessor.application.port.in.QueryApiTokensUseCase;
import eu.nis2assessor.application.port.in.RevokeApiTokenCommand;
import eu.nis2assessor.application.port.in.RevokeApiTokenUseCase;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.application.port.out.ApiTokenStore;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.tenant.TenantId;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates, revokes and lists the API tokens of the caller's tenant; gives a new tenant its first admin token. */
public class ApiTokenService implements CreateApiTokenUseCase, RevokeApiTokenUseCase, QueryApiTokensUseCase,
        EnsureBootstrapTokenUseCase {

    public static final String BOOTSTRAP_TOKEN_NAME = "bootstrap admin token";

    private final ApiTokenStore store;
    private final TokenDigestPort digests;
    private final TransactionPort transactions;
    private final CurrentCallerPort callers;
    private final ValidatedTokenCache cache;
    private final ApiTokenSettings settings;
    private final Clock clock;
    private final GroupStorePort groups;

    public ApiTokenService(ApiTokenStore store, TokenDigestPort digests, TransactionPort transactions,
                           CurrentCallerPort callers, ValidatedTokenCache cache, ApiTokenSettings settings, Clock clock,
                           GroupStorePort groups) {
        this.groups = groups;
        this.store = store;
        this.digests = digests;
        this.transactions = transactions;
        this.callers = callers;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CreatedApiToken create(CreateApiTokenCommand command) {
        Caller caller = callers.currentCaller();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!command.expiresAt().isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "must be in the future");
        }
        if (command.expiresAt().isAfter(now.plus(settings.maxLifetime()))) {
            throw InvalidInputException.of("expiresAt", "at most " + settings.maxLifetime().toDays()
                    + " days from now (nis2.tokens.max-lifetime)");
        }
        for (Scope scope : command.scopes()) {
            if (!caller.has(scope)) {
                throw new ForbiddenException("You cannot grant the scope '" + scope.value() + "': you do not hold it");
            }
        }
        if (caller.groups().isPresent()) {
            Set<UUID> allowed = caller.groups().get();
            if (command.groups().isEmpty() || !allowed.containsAll(command.groups().get())) {
                throw new ForbiddenException("You are restricted to some groups: a token you create must be restricted"
                        + " to some of them (groupIds)");
            }
        }
        String secret = ApiTokenFormat.generate();
        ApiTokenRecord token = new ApiTokenRecord(UUID.randomUUID(), caller.tenant(), command.name(),
                ApiTokenFormat.displayPrefix(secret), command.scopes(), command.groups(),
                command.expiresAt().truncatedTo(ChronoUnit.MICROS), now, caller.actor(), null, null);
        byte[] digest = digests.digest(secret);
        transactions.inTransaction(() -> {
            command.groups().ifPresent(ids -> requireGroups(caller, ids));
            OperationContext.current().ifPresent(op -> op.target(token.id().toString()));
            store.insert(token, digest);
            return null;
        });
        return new CreatedApiToken(secret, token);
    }

    /** Every group a token is restricted to must be a group of the tenant: a mistyped ID would give a token that sees nothing. */
    private void requireGroups(Caller caller, Set<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        for (GroupView group : groups.groupsByIds(caller.tenant(), ids)) {
            found.add(group.id());
        }
        int i = 0;
        for (UUID id : ids) {
            if (!found.contains(id)) {
                throw InvalidInputException.of("groupIds[" + i + "]", "no group with this ID in the tenant");
            }
            i++;
        }
    }

    @Override
    public ApiTokenRecord revoke(RevokeApiTokenCommand command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiTokenRecord revoked = transactions.inTransaction(() -> {
            ApiTokenRecord token = store.findById(command.id())
                    .orElseThrow(() -> new NotFoundException("ApiToken", command.id()));
            if (token.revoked()) {
                return token;
            }
            store.markRevoked(token.id(), now);
            cache.evict(token.id());
            return new ApiTokenRecord(token.id(), token.tenant(), token.name(), token.prefix(), token.scopes(),
                    token.groups(), token.expiresAt(), token.createdAt(), token.createdBy(), token.lastUsedAt(), now);
        });
        cache.evict(revoked.id());
        return revoked;
    }

    @Override
    public List<ApiTokenRecord> list(int limit, Optional<UUID> after) {
        return transactions.readOnly(() -> store.list(limit, after));
    }

    @Override
    public Optional<ApiTokenRecord> find(UUID id) {
        return transactions.readOnly(() -> store.findById(id));
    }

    @Override
    public Optional<String> ensure(TenantId tenant, Optional<String> configured, Duration lifetime) {
        Duration capped = lifetime.compareTo(settings.maxLifetime()) > 0 ? settings.maxLifetime() : lifetime;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.inTransaction(() -> {
            String secret;
            if (configured.isPresent()) {
                secret = configured.get();
                if (!ApiTokenFormat.isWellFormed(secret)) {
                    throw new IllegalArgumentException("NIS2_BOOTSTRAP_TOKEN: not a well-formed API token ("
                            + ApiTokenFormat.problem(secret) + ")");
                }
                if (store.findByDigest(digests.digest(secret)).isPresent()) {
                    return Optional.<String>empty();
                }
            } else {
                if (store.tenantHasTokens()) {
                    return Optional.<String>empty();
                }
                secret = ApiTokenFormat.generate();
            }
            ApiTokenRecord token = new ApiTokenRecord(UUID.randomUUID(), tenant, BOOTSTRAP_TOKEN_NAME,
                    ApiTokenFormat.displayPrefix(secret), EnumSet.allOf(Scope.class), Optional.empty(),
                    now.plus(capped), now, "system", null, null);
            store.insert(token, digests.digest(secret));
            return configured.isPresent() ? Optional.<String>empty() : Optional.of(secret);
        });
    }
}
