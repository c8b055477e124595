package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request: the {@link Caller} (tenant, actor, scopes, groups) as principal, the scopes as
 * authorities {@code SCOPE_<scope>}. Holds no credential: the token is not kept after authentication.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(authorities(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(Caller caller) {
        return caller.scopes().stream().sorted()
                .map(scope -> (GrantedAuthority) new SimpleGrantedAuthority(authority(scope))).toList();
    }

    public static String authority(Scope scope) {
        return "SCOPE_" + scope.value();
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.actor();
    }
}
