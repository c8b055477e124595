package eu.nis2assessor.bootstrap.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nis2.tokens.*}: API token lifetimes and caching.
 *
 * @param maxLifetime      the longest expiry a new token may get (default 365 days)
 * @param cacheTtl         how long a validated token is kept in memory (default 10 s; 0 = always ask the database)
 * @param lastUsedInterval {@code lastUsedAt} is written at most once per this interval (default 1 min)
 * @param bootstrapLifetime the lifetime of the first-start admin token (default: the maximum lifetime)
 */
@ConfigurationProperties("nis2.tokens")
public record TokenProperties(Duration maxLifetime, Duration cacheTtl, Duration lastUsedInterval,
                              Duration bootstrapLifetime) {

    public TokenProperties {
        maxLifetime = maxLifetime == null ? Duration.ofDays(365) : maxLifetime;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(10) : cacheTtl;
        lastUsedInterval = lastUsedInterval == null ? Duration.ofMinutes(1) : lastUsedInterval;
        bootstrapLifetime = bootstrapLifetime == null ? maxLifetime : bootstrapLifetime;
    }
}
