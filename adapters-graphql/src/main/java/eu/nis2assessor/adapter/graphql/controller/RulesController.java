package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.application.port.in.DescribeRulesUseCase;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.rulesVersion}: answered by the application's {@link DescribeRulesUseCase}. */
@Controller
public class RulesController {

    private final DescribeRulesUseCase describeRules;

    public RulesController(DescribeRulesUseCase describeRules) {
        this.describeRules = describeRules;
    }

    @QueryMapping
    public String rulesVersion() {
        return describeRules.rulesVersion();
    }
}
