package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.DescribeRulesUseCase;
import eu.nis2assessor.domain.reasoning.RulesVersion;

/** Answers {@link DescribeRulesUseCase} from the domain's single {@link RulesVersion#CURRENT}. */
public final class DescribeRulesService implements DescribeRulesUseCase {

    @Override
    public String rulesVersion() {
        return RulesVersion.CURRENT.value();
    }
}
