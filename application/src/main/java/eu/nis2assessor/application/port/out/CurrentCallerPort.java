package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.access.Caller;

/**
 * Who the current request runs for: tenant, actor, scopes and group restriction of the authenticated principal.
 * Implemented in {@code bootstrap} from the security context; throws when nobody is authenticated (fail closed).
 */
public interface CurrentCallerPort {

    /** The authenticated caller; never {@code null}. */
    Caller currentCaller();
}
