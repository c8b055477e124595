package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.out.ApiTokenRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validated API tokens kept in memory for a short time, keyed by their digest (never by the token), so that a
 * request does not need a database round trip to authenticate. {@link #evict(UUID)} drops a token at once
 * (revocation). Also remembers when {@code lastUsedAt} was last written, so that it is written at most once per
 * interval per token.
 */
public final class ValidatedTokenCache {

    static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicReference<Instant>> lastWritten = new ConcurrentHashMap<>();

    public ValidatedTokenCache(Duration ttl) {
        this.ttl = ttl;
    }

    private record Entry(ApiTokenRecord token, Instant loadedAt) {
    }

    public Optional<ApiTokenRecord> get(byte[] digest, Instant now) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key(digest));
        if (entry == null || !now.isBefore(entry.loadedAt().plus(ttl))) {
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    public void put(byte[] digest, ApiTokenRecord token, Instant now) {
        if (ttl.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(digest), new Entry(token, now));
    }

    /** Forgets token {@code id} (revoked): the next request with it reads the database again. */
    public void evict(UUID id) {
        entries.values().removeIf(entry -> entry.token().id().equals(id));
    }

    /**
     * True (once per interval per token, whichever thread asks first) when {@code lastUsedAt} should be written now.
     */
    public boolean claimLastUsedWrite(ApiTokenRecord token, Instant now, Duration interval) {
        if (lastWritten.size() >= MAX_ENTRIES) {
            lastWritten.clear();
        }
        AtomicReference<Instant> last = lastWritten.computeIfAbsent(token.id(), id -> new AtomicReference<>(token.lastUsedAt()));
        while (true) {
            Instant previous = last.get();
            if (previous != null && now.isBefore(previous.plus(interval))) {
                return false;
            }
            if (last.compareAndSet(previous, now)) {
                return true;
            }
        }
    }

    private static String key(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
