package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.GroupStructureImportPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.application.service.GroupCommandService;
import eu.nis2assessor.application.service.GroupQueryService;
import eu.nis2assessor.application.service.ImportGroupStructureService;
import eu.nis2assessor.application.service.RunGroupAssessmentService;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stored-group use cases (issue 5) as beans: the plain application services on the persistence adapter's ports,
 * the current tenant and the transaction port. {@code runGroupAssessment} and {@code importGroupStructure} share the
 * limits of the stateless {@code assessGroupStructure} ({@link AssessmentProperties}).
 */
@Configuration(proxyBeanMethods = false)
public class GroupConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    GroupCommandService groupCommandService(GroupStorePort store, TransactionPort transactions, CurrentTenantPort tenant) {
        return new GroupCommandService(store, transactions, tenant);
    }

    @Bean
    GroupQueryService groupQueryService(GroupStorePort store, GroupAssessmentStorePort assessments,
                                        TransactionPort transactions, CurrentTenantPort tenant) {
        return new GroupQueryService(store, assessments, transactions, tenant);
    }

    @Bean
    RunGroupAssessmentService runGroupAssessmentService(GroupStorePort store, GroupAssessmentStorePort assessments,
                                                        GroupStructureAssessor assessor, AssessmentProperties properties,
                                                        TransactionPort transactions, CurrentTenantPort tenant, Clock clock) {
        return new RunGroupAssessmentService(store, assessments, assessor, properties.limits(), transactions, tenant, clock);
    }

    @Bean
    ImportGroupStructureService importGroupStructureService(GroupStorePort store, GroupStructureImportPort importer,
                                                            AssessmentProperties properties, TransactionPort transactions,
                                                            CurrentTenantPort tenant) {
        return new ImportGroupStructureService(store, importer, properties.limits(), transactions, tenant);
    }
}
