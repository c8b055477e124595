package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.in.AuthenticateApiTokenUseCase;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.application.port.out.ApiTokenStore;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Caller;
import java.time.Clock;
import java.time.Instant;

/**
 * Authenticates partner API tokens: format and checksum first (no database), then the keyed digest is looked up
 * (in memory when recently validated), then revocation and expiry. Expired and revoked tokens presented are
 * written to their tenant's audit log ({@code apiToken.use}, {@code REFUSED}).
 */
public class ApiTokenAuthenticationService implements AuthenticateApiTokenUseCase {

    public static final String USE_ACTION = "apiToken.use";

    private final ApiTokenStore store;
    private final TokenDigestPort digests;
    private final AuditPort audit;
    private final ValidatedTokenCache cache;
    private final ApiTokenSettings settings;
    private final Clock clock;

    public ApiTokenAuthenticationService(ApiTokenStore store, TokenDigestPort digests, AuditPort audit,
                                         ValidatedTokenCache cache, ApiTokenSettings settings, Clock clock) {
        this.store = store;
        this.digests = digests;
        this.audit = audit;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Caller authenticate(String token) {
        String problem = ApiTokenFormat.problem(token);
        if (problem != null) {
            throw new UnauthenticatedException("Malformed API token: " + problem);
        }
        byte[] digest = digests.digest(token);
        Instant now = clock.instant();
        ApiTokenRecord record = cache.get(digest, now).orElse(null);
        if (record == null) {
            record = store.findByDigest(digest)
                    .orElseThrow(() -> new UnauthenticatedException("Unknown API token"));
            cache.put(digest, record, now);
        }
        if (record.revoked()) {
            refuse(record, "revoked");
            throw new UnauthenticatedException("API token revoked");
        }
        if (record.expiredAt(now)) {
            refuse(record, "expired");
            throw new UnauthenticatedException("API token expired");
        }
        if (cache.claimLastUsedWrite(record, now, settings.lastUsedInterval())) {
            store.markUsed(record, now);
        }
        return new Caller(record.tenant(), actor(record), record.scopes(), record.groups());
    }

    static String actor(ApiTokenRecord token) {
        return "token:" + token.id();
    }

    private void refuse(ApiTokenRecord record, String why) {
        audit.appendIndependently(new AuditEntry(record.tenant(), actor(record), USE_ACTION, record.id().toString(),
                AuditOutcome.REFUSED, why));
    }
}
