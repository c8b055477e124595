package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.bootstrap.startup.StartupConfigurationException;
import eu.nis2assessor.application.port.in.EnsureBootstrapTokenUseCase;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Caller;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * First start: the default tenant gets an admin token with every scope, {@code NIS2_BOOTSTRAP_TOKEN} when set
 * (it must be well formed: otherwise startup stops with one line), else a generated one printed once in the log
 * (the only place a token value is ever logged; it is shown so that the operator can sign in).
 */
@Component
public class BootstrapToken implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

    private final EnsureBootstrapTokenUseCase tokens;
    private final DefaultTenant defaultTenant;
    private final TokenProperties properties;
    private final Optional<String> configured;

    public BootstrapToken(EnsureBootstrapTokenUseCase tokens, DefaultTenant defaultTenant, TokenProperties properties,
                          Environment environment) {
        this.tokens = tokens;
        this.defaultTenant = defaultTenant;
        this.properties = properties;
        this.configured = Optional.ofNullable(environment.getProperty("nis2.bootstrap-token")).filter(s -> !s.isBlank());
        configured.ifPresent(token -> {
            String problem = ApiTokenFormat.problem(token.strip());
            if (problem != null) {
                throw new StartupConfigurationException("NIS2_BOOTSTRAP_TOKEN is not a well-formed API token (" + problem
                        + "): nis2_ + 32 characters 0-9A-Za-z + 6 checksum characters; unset it to have one generated");
            }
        });
    }

    @Override
    public void afterSingletonsInstantiated() {
        Optional<String> token = configured.map(String::strip);
        Optional<String> generated = SecurityContextCallers.runAs(Caller.system(defaultTenant.id()),
                () -> tokens.ensure(defaultTenant.id(), token, properties.bootstrapLifetime()));
        generated.ifPresent(secret -> log.warn("""
                First start: created an admin API token with every scope for the default tenant {} (expires in {} days).
                It is shown this once; store it now. Use it as the header  Authorization: Bearer {}
                """, defaultTenant.id(), properties.bootstrapLifetime().toDays(), secret));
        if (token.isPresent()) {
            log.info("Bootstrap admin token {} (NIS2_BOOTSTRAP_TOKEN) is in place for the default tenant {}",
                    ApiTokenFormat.displayPrefix(token.get()), defaultTenant.id());
        }
    }
}
