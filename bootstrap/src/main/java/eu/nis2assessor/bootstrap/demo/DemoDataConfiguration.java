package eu.nis2assessor.bootstrap.demo;

import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.CreateGroupUseCase;
import eu.nis2assessor.application.port.in.CreateHoldingUseCase;
import eu.nis2assessor.application.port.in.CreateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordFinancialYearUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.RunGroupAssessmentUseCase;
import eu.nis2assessor.application.port.out.TransactionPort;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import eu.nis2assessor.bootstrap.security.SecurityContextCallers;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import eu.nis2assessor.domain.access.Caller;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code NIS2_DEMO_DATA=true} (property {@code nis2.demo-data}): on start, loads the sample group "Nordlicht" into
 * the default tenant when it has no group yet ({@link DemoData}). Off by default.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "nis2.demo-data", havingValue = "true")
public class DemoDataConfiguration {

    @Bean
    DemoData demoData(QueryGroupsUseCase groups, CreateGroupUseCase createGroup, CreateLegalEntityUseCase createEntity,
                      CreateHoldingUseCase createHolding, RecordFinancialYearUseCase recordYear,
                      AddManagementBodyMemberUseCase addMember, RecordApprovalUseCase recordApproval,
                      RecordTrainingUseCase recordTraining, RunGroupAssessmentUseCase runAssessment,
                      TransactionPort transactions, Clock clock) {
        return new DemoData(groups, createGroup, createEntity, createHolding, recordYear, addMember, recordApproval,
                recordTraining, runAssessment, transactions, clock);
    }

    @Bean
    ApplicationRunner demoDataLoader(DemoData demoData, DefaultTenant defaultTenant) {
        // Runs as the system caller of the default tenant: no request, so no authenticated principal.
        return args -> SecurityContextCallers.runAs(Caller.system(defaultTenant.id()), demoData::loadIfEmpty);
    }
}
