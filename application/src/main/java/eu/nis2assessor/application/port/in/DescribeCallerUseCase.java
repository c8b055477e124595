package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.access.Caller;

/** Who the caller is, as the service sees it (tenant, actor, scopes, groups). Needs authentication only. */
public interface DescribeCallerUseCase {

    Caller describe();
}
