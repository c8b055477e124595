package eu.nis2assessor.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How API tokens behave.
 *
 * @param maxLifetime      the longest a token may live from its creation ({@code nis2.tokens.max-lifetime})
 * @param cacheTtl         how long a validated token is kept in memory ({@code nis2.tokens.cache-ttl}); zero = no cache.
 *                         A revocation evicts it at once on this instance; other instances see it after at most this time
 * @param lastUsedInterval {@code lastUsedAt} is written at most once per this interval per token (reads stay reads)
 */
public record ApiTokenSettings(Duration maxLifetime, Duration cacheTtl, Duration lastUsedInterval) {

    public ApiTokenSettings {
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(cacheTtl, "cacheTtl");
        Objects.requireNonNull(lastUsedInterval, "lastUsedInterval");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("nis2.tokens.max-lifetime must be positive");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("nis2.tokens.cache-ttl must not be negative");
        }
    }

    public static ApiTokenSettings defaults() {
        return new ApiTokenSettings(Duration.ofDays(365), Duration.ofSeconds(10), Duration.ofMinutes(1));
    }
}
