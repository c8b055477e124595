package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.in.AuthenticateApiTokenUseCase;
import eu.nis2assessor.application.port.in.AuthenticateUserUseCase;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * The two kinds of bearer credentials on one {@code Authorization: Bearer} header, told apart by their prefix:
 * {@code nis2_...} is a partner API token (checked offline first, then by digest), anything else is a JWT of the
 * configured OIDC issuer, mapped to the user's membership (issuer + subject; claim {@value #TENANT_CLAIM} picks
 * the tenant of a user who belongs to several). Logs name a token by its prefix only, never its value.
 */
public class BearerAuthenticationProvider implements AuthenticationProvider {

    /** The JWT claim naming the tenant (UUID) a user acts in, for users in several tenants. */
    public static final String TENANT_CLAIM = "nis2_tenant";

    private static final Logger log = LoggerFactory.getLogger(BearerAuthenticationProvider.class);

    private final AuthenticateApiTokenUseCase apiTokens;
    private final AuthenticateUserUseCase users;
    private final ObjectProvider<JwtDecoder> jwtDecoder;

    public BearerAuthenticationProvider(AuthenticateApiTokenUseCase apiTokens, AuthenticateUserUseCase users,
                                        ObjectProvider<JwtDecoder> jwtDecoder) {
        this.apiTokens = apiTokens;
        this.users = users;
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        Caller caller = token.startsWith(ApiTokenFormat.PREFIX) ? apiToken(token) : jwt(token);
        CallerAuthentication result = new CallerAuthentication(caller);
        result.setDetails(authentication.getDetails());
        return result;
    }

    private Caller apiToken(String token) {
        try {
            return apiTokens.authenticate(token);
        } catch (UnauthenticatedException e) {
            String name = ApiTokenFormat.isWellFormed(token) ? ApiTokenFormat.displayPrefix(token) : "(malformed)";
            log.warn("API token {} refused: {}", name, e.getMessage());
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    private Caller jwt(String token) {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder == null) {
            throw new InvalidBearerTokenException("Not an API token (nis2_...), and JWT authentication is not configured"
                    + " (NIS2_JWT_ISSUER_URI or NIS2_JWT_JWK_SET_URI)");
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            log.warn("JWT refused: {}", e.getMessage());
            throw new InvalidBearerTokenException("Invalid JWT: " + e.getMessage());
        }
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("Invalid JWT: no subject (sub)");
        }
        Optional<TenantId> tenant;
        try {
            tenant = Optional.ofNullable(jwt.getClaimAsString(TENANT_CLAIM)).map(TenantId::of);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Invalid JWT: claim " + TENANT_CLAIM + " is not a tenant id");
        }
        try {
            return users.authenticate(issuer, subject, tenant);
        } catch (UnauthenticatedException e) {
            log.warn("JWT of {} / {} refused: {}", issuer, subject, e.getMessage());
            throw new InvalidBearerTokenException(e.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
