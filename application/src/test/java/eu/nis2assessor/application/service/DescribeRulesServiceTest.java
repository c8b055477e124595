package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.reasoning.RulesVersion;
import org.junit.jupiter.api.Test;

class DescribeRulesServiceTest {

    @Test
    void answersTheDomainsCurrentRulesVersion() {
        assertThat(new DescribeRulesService().rulesVersion())
                .isEqualTo(RulesVersion.CURRENT.value())
                .isNotBlank();
    }
}
