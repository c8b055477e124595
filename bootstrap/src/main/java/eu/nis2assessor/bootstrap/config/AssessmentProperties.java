package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.application.service.AssessmentLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nis2.assessment.*}: input limits of one group-structure assessment or import.
 *
 * @param maxEnterprises {@code nis2.assessment.max-enterprises}, default 10,000
 * @param maxHoldings    {@code nis2.assessment.max-holdings}, default 50,000
 * @param maxListEntries {@code nis2.assessment.max-list-entries}, default 50,000: entries in the market groups
 *                       ({@code sameOrAdjacentMarkets}) and consolidated-accounts {@code includes} together
 */
@ConfigurationProperties("nis2.assessment")
public record AssessmentProperties(@DefaultValue("10000") int maxEnterprises, @DefaultValue("50000") int maxHoldings,
                                   @DefaultValue("50000") int maxListEntries) {

    public AssessmentLimits limits() {
        return new AssessmentLimits(maxEnterprises, maxHoldings, maxListEntries);
    }
}
