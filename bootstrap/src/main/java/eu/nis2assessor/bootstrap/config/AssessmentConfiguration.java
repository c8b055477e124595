package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.port.in.AssessGroupStructureUseCase;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.application.service.AssessGroupStructureService;
import eu.nis2assessor.application.service.AssessProfileService;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.assessment.ProfileAssessor;
import eu.nis2assessor.domain.group.AggregationPolicy;
import eu.nis2assessor.domain.size.SizeDetermination;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stateless assessment use cases: the domain's assessors (EU-baseline rule set) and the application services on
 * them, with the input limits from {@link AssessmentProperties}. Both queries share one {@link ProfileAssessor}, so
 * they always apply the same rule set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
public class AssessmentConfiguration {

    @Bean
    ProfileAssessor profileAssessor() {
        return new ProfileAssessor();
    }

    @Bean
    GroupStructureAssessor groupStructureAssessor(ProfileAssessor profileAssessor) {
        return new GroupStructureAssessor(new AggregationPolicy(), profileAssessor, new SizeDetermination());
    }

    @Bean
    AssessProfileUseCase assessProfileUseCase(ProfileAssessor profileAssessor) {
        return new AssessProfileService(profileAssessor);
    }

    @Bean
    AssessGroupStructureUseCase assessGroupStructureUseCase(GroupStructureAssessor groupStructureAssessor,
                                                            AssessmentProperties properties) {
        return new AssessGroupStructureService(groupStructureAssessor, properties.limits());
    }
}
