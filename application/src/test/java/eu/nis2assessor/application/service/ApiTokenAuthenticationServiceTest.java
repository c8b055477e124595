package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.application.port.out.ApiTokenStore;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.AuditRecord;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authentication of API tokens against counting fakes of the ports: what is refused, and before what. */
class ApiTokenAuthenticationServiceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger digests = new AtomicInteger();
    private final AtomicInteger touches = new AtomicInteger();
    private final Map<String, ApiTokenRecord> byDigest = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private Instant now = NOW;

    private final TokenDigestPort digestPort = token -> {
        digests.incrementAndGet();
        return ("digest-of-" + token).getBytes(StandardCharsets.US_ASCII);
    };

    private final ApiTokenStore store = new ApiTokenStore() {
        @Override
        public Optional<ApiTokenRecord> findByDigest(byte[] digest) {
            lookups.incrementAndGet();
            return Optional.ofNullable(byDigest.get(new String(digest, StandardCharsets.US_ASCII)));
        }

        @Override
        public void insert(ApiTokenRecord token, byte[] digest) {
            byDigest.put(new String(digest, StandardCharsets.US_ASCII), token);
        }

        @Override
        public Optional<ApiTokenRecord> findById(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ApiTokenRecord> list(int limit, Optional<UUID> after) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean tenantHasTokens() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markRevoked(UUID id, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markUsed(ApiTokenRecord token, Instant at) {
            touches.incrementAndGet();
        }
    };

    private final AuditPort auditPort = new AuditPort() {
        @Override
        public void append(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public void appendIndependently(AuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AuditRecord> list(int limit, long afterSequence) {
            return List.of();
        }

        @Override
        public Optional<AuditRecord> findById(UUID id) {
            return Optional.empty();
        }
    };

    private ApiTokenAuthenticationService service(Duration cacheTtl) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        ApiTokenSettings settings = new ApiTokenSettings(Duration.ofDays(365), cacheTtl, Duration.ofMinutes(1));
        return new ApiTokenAuthenticationService(store, digestPort, auditPort, new ValidatedTokenCache(cacheTtl), settings, clock);
    }

    private String stored(Set<Scope> scopes, Instant expiresAt, Instant revokedAt) {
        String token = ApiTokenFormat.generate();
        ApiTokenRecord record = new ApiTokenRecord(UUID.randomUUID(), TENANT, "t", ApiTokenFormat.displayPrefix(token),
                scopes, Optional.empty(), expiresAt, NOW.minusSeconds(3600), "test", null, revokedAt);
        store.insert(record, digestPort.digest(token));
        digests.set(0);
        return token;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "nis2_", "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKraK", "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fGh0KKra",
            "nis2_7Hq2LmN4pR8sT1vW3xY5zA6bC9dE0fG-0KKraJ", "nis2_' or 1=1 --"})
    void malformedOrWrongChecksumIsRefusedBeforeAnyDigestOrLookup(String token) {
        assertThatThrownBy(() -> service(Duration.ofSeconds(10)).authenticate(token))
                .isInstanceOf(UnauthenticatedException.class)
                .hasMessageStartingWith("Malformed API token");
        assertThat(lookups).hasValue(0);
        assertThat(digests).hasValue(0);
        assertThat(audit).isEmpty();
    }

    @Test
    void aValidTokenGivesItsCallerAndIsLookedUpOnceWhileCached() {
        String token = stored(EnumSet.of(Scope.GROUPS_READ), NOW.plusSeconds(86_400), null);
        ApiTokenAuthenticationService service = service(Duration.ofSeconds(10));
        Caller caller = service.authenticate(token);
        assertThat(caller.tenant()).isEqualTo(TENANT);
        assertThat(caller.scopes()).containsExactly(Scope.GROUPS_READ);
        assertThat(caller.actor()).startsWith("token:").doesNotContain(token.substring(5));
        service.authenticate(token);
        service.authenticate(token);
        assertThat(lookups).hasValue(1);
        assertThat(touches).as("lastUsedAt written once per minute").hasValue(1);
        now = NOW.plusSeconds(61);
        service.authenticate(token);
        assertThat(lookups).as("cache expired after 10 s").hasValue(2);
        assertThat(touches).hasValue(2);
    }

    @Test
    void withoutCacheEveryRequestAsksTheStore() {
        String token = stored(EnumSet.of(Scope.GROUPS_READ), NOW.plusSeconds(86_400), null);
        ApiTokenAuthenticationService service = service(Duration.ZERO);
        service.authenticate(token);
        service.authenticate(token);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void unknownExpiredAndRevokedTokensAreRefused() {
        ApiTokenAuthenticationService service = service(Duration.ofSeconds(10));
        assertThatThrownBy(() -> service.authenticate(ApiTokenFormat.generate()))
                .isInstanceOf(UnauthenticatedException.class).hasMessage("Unknown API token");
        assertThat(audit).as("an unknown token belongs to no tenant").isEmpty();

        String expired = stored(EnumSet.allOf(Scope.class), NOW, null);
        assertThatThrownBy(() -> service.authenticate(expired))
                .isInstanceOf(UnauthenticatedException.class).hasMessage("API token expired");
        String revoked = stored(EnumSet.allOf(Scope.class), NOW.plusSeconds(60), NOW.minusSeconds(1));
        assertThatThrownBy(() -> service.authenticate(revoked))
                .isInstanceOf(UnauthenticatedException.class).hasMessage("API token revoked");
        assertThat(audit).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("apiToken.use", AuditOutcome.REFUSED, "expired"),
                        org.assertj.core.groups.Tuple.tuple("apiToken.use", AuditOutcome.REFUSED, "revoked"));
        assertThat(audit).allSatisfy(entry -> assertThat(entry.tenant()).isEqualTo(TENANT));
        assertThat(touches).hasValue(0);
    }
}
