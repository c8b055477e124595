package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.bootstrap.startup.StartupConfigurationException;
import eu.nis2assessor.application.port.in.AuthenticateApiTokenUseCase;
import eu.nis2assessor.application.port.out.ApiTokenStore;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.MemberStore;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.application.service.ApiTokenAuthenticationService;
import eu.nis2assessor.application.service.ApiTokenService;
import eu.nis2assessor.application.service.ApiTokenSettings;
import eu.nis2assessor.application.service.AuditService;
import eu.nis2assessor.application.service.DescribeCallerService;
import eu.nis2assessor.application.service.TenantMemberService;
import eu.nis2assessor.application.service.ValidatedTokenCache;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/** The access use cases (tokens, members, audit, authentication) as beans, and the token digest with its secret. */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    /** Used only outside the {@code prod} profile when {@code NIS2_TOKEN_SECRET} is not set; never for real data. */
    static final String DEV_SECRET = "nis2-dev-only-token-secret-do-not-use-in-production";
    static final int MIN_SECRET_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    TokenDigestPort tokenDigestPort(Environment environment) {
        String secret = environment.getProperty("nis2.token-secret");
        if (secret == null || secret.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new StartupConfigurationException("NIS2_TOKEN_SECRET is not set: the prod profile needs a secret of"
                        + " at least " + MIN_SECRET_LENGTH + " characters to digest API tokens (e.g. openssl rand -base64 48)");
            }
            log.warn("*** NIS2_TOKEN_SECRET is not set: API tokens are digested with a fixed development secret."
                    + " Set NIS2_TOKEN_SECRET (at least {} characters) for any real use. ***", MIN_SECRET_LENGTH);
            secret = DEV_SECRET;
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new StartupConfigurationException("NIS2_TOKEN_SECRET is too short: at least " + MIN_SECRET_LENGTH
                    + " characters (e.g. openssl rand -base64 48)");
        }
        return new HmacTokenDigester(secret);
    }

    @Bean
    ApiTokenSettings apiTokenSettings(TokenProperties properties) {
        return new ApiTokenSettings(properties.maxLifetime(), properties.cacheTtl(), properties.lastUsedInterval());
    }

    @Bean
    ValidatedTokenCache validatedTokenCache(ApiTokenSettings settings) {
        return new ValidatedTokenCache(settings.cacheTtl());
    }

    @Bean
    AuthenticateApiTokenUseCase apiTokenAuthenticationService(ApiTokenStore store, TokenDigestPort digests, AuditPort audit,
                                                              ValidatedTokenCache cache, ApiTokenSettings settings, Clock clock) {
        return new ApiTokenAuthenticationService(store, digests, audit, cache, settings, clock);
    }

    @Bean
    ApiTokenService apiTokenService(ApiTokenStore store, TokenDigestPort digests, TransactionPort transactions,
                                    CurrentCallerPort callers, ValidatedTokenCache cache, ApiTokenSettings settings,
                                    Clock clock, GroupStorePort groups) {
        return new ApiTokenService(store, digests, transactions, callers, cache, settings, clock, groups);
    }

    @Bean
    TenantMemberService tenantMemberService(MemberStore store, TransactionPort transactions, CurrentCallerPort callers) {
        return new TenantMemberService(store, transactions, callers);
    }

    @Bean
    AuditService auditService(AuditPort audit, TransactionPort transactions, CurrentCallerPort callers) {
        return new AuditService(audit, transactions, callers);
    }

    @Bean
    DescribeCallerService describeCallerService(CurrentCallerPort callers) {
        return new DescribeCallerService(callers);
    }
}
