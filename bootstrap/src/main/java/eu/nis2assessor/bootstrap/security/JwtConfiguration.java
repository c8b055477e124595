package eu.nis2assessor.bootstrap.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoder of front-end JWTs, when an OIDC provider is configured: {@code NIS2_JWT_JWK_SET_URI} (keys fetched
 * from there; with {@code NIS2_JWT_ISSUER_URI} also the {@code iss} claim checked) or only
 * {@code NIS2_JWT_ISSUER_URI} (keys found through the issuer's discovery document, on first use). Without
 * either, only API tokens authenticate. Tests supply their own {@link JwtDecoder} bean instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${nis2.jwt.issuer-uri:}' != '' or '${nis2.jwt.jwk-set-uri:}' != ''")
public class JwtConfiguration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${nis2.jwt.issuer-uri:}") String issuer, @Value("${nis2.jwt.jwk-set-uri:}") String jwkSet) {
        NimbusJwtDecoder decoder = jwkSet.isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                : NimbusJwtDecoder.withJwkSetUri(jwkSet).build();
        decoder.setJwtValidator(issuer.isBlank() ? JwtValidators.createDefault()
                : new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer)));
        return decoder;
    }
}
