package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.service.AssessmentLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nis2.assessment.*}: input limits of one stateless group-structure assessment.
 *
 * @param maxEnterprises {@code nis2.assessment.max-enterprises}, default 10,000
 * @param maxHoldings    {@code nis2.assessment.max-holdings}, default 50,000
 */
@ConfigurationProperties("nis2.assessment")
public record AssessmentProperties(@DefaultValue("10000") int maxEnterprises, @DefaultValue("50000") int maxHoldings) {

    public AssessmentLimits limits() {
        return new AssessmentLimits(maxEnterprises, maxHoldings);
    }
}
