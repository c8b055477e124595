package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.DescribeCallerUseCase;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.domain.access.Caller;

/** The authenticated caller as the service sees it. */
public class DescribeCallerService implements DescribeCallerUseCase {

    private final CurrentCallerPort callers;

    public DescribeCallerService(CurrentCallerPort callers) {
        this.callers = callers;
    }

    @Override
    public Caller describe() {
        return callers.currentCaller();
    }
}
