package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.port.in.DescribeRulesUseCase;
import eu.nis2assessor.application.service.DescribeRulesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's use cases as beans: the application module itself knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    DescribeRulesUseCase describeRulesUseCase() {
        return new DescribeRulesService();
    }
}
