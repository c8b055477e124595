package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.port.out.Art20RegisterPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.LatestEntityClassPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.application.service.Art20RegisterService;
import eu.nis2assessor.application.service.ManagementAccountabilityService;
import eu.nis2assessor.domain.accountability.AccountabilityGapPolicy;
import eu.nis2assessor.domain.accountability.AccountabilityReviewPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Art 20 register's use cases (kept beside {@link UseCaseConfiguration} so that the stored-groups wiring and this
 * one change independently). One {@link Art20RegisterService} is the bean of all its use cases
 * ({@code AddManagementBodyMemberUseCase}, {@code UpdateManagementBodyMemberUseCase}, {@code RecordApprovalUseCase},
 * {@code RecordTrainingUseCase}, {@code Art20RegisterQuery}); one {@link ManagementAccountabilityService} of the reads
 * GraphQL batches ({@code ManagementAccountabilityQuery}, {@code Art20BatchQuery}). The gap policy runs with its default
 * intervals (review 12 months, training 24 months).
 */
@Configuration(proxyBeanMethods = false)
public class Art20Configuration {

    @Bean
    Art20RegisterService art20RegisterService(Art20RegisterPort register, CurrentTenantPort tenants,
                                              TransactionPort transactions) {
        return new Art20RegisterService(register, tenants, transactions);
    }

    @Bean
    ManagementAccountabilityService managementAccountabilityService(LatestEntityClassPort classes,
                                                                    Art20RegisterPort register,
                                                                    CurrentTenantPort tenants,
                                                                    TransactionPort transactions) {
        return new ManagementAccountabilityService(classes, register, tenants, transactions,
                new AccountabilityReviewPolicy(new AccountabilityGapPolicy()));
    }
}
