package eu.nis2assessor.domain.penalty;

import static eu.nis2assessor.domain.supervision.SupervisionPolicyTest.classification;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.scope.EntityClass;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinePolicyTest {

    private final FinePolicy policy = new FinePolicy();

    @ParameterizedTest(name = "{0} with undertaking turnover {1}: maximum {2}")
    @CsvSource({
            "ESSENTIAL, 3000000000, 60000000",
            "ESSENTIAL, 500000000, 10000000",
            "ESSENTIAL, 0, 10000000",
            "ESSENTIAL, 750000000, 15000000",
            "IMPORTANT, 200000000, 7000000",
            "IMPORTANT, 500000000, 7000000",
            "IMPORTANT, 1000000000, 14000000",
    })
    void higherOfFixedAmountAndPercentage(EntityClass entityClass, String turnover, String maximum) {
        FineExposure f = policy.exposure(classification(entityClass, false, false, false), new BigDecimal(turnover));
        assertThat(f.maximum()).isEqualByComparingTo(maximum);
        assertThat(f.fixedAmount()).isEqualByComparingTo(entityClass == EntityClass.ESSENTIAL ? "10000000" : "7000000");
        assertThat(f.turnoverPercentage()).isEqualByComparingTo(entityClass == EntityClass.ESSENTIAL ? "2" : "1.4");
        assertThat(f.legalBasis()).containsExactly(entityClass == EntityClass.ESSENTIAL ? "NIS2 Art 34(4)" : "NIS2 Art 34(5)");
    }

    @Test
    void noCeilingOutsideArt3OrUnderDora() {
        assertThat(policy.exposure(classification(EntityClass.NOT_IN_SCOPE, false, false, true), BigDecimal.TEN)).isNull();
        assertThat(policy.exposure(classification(EntityClass.ESSENTIAL, true, false, false), BigDecimal.TEN)).isNull();
        assertThat(policy.explain(classification(EntityClass.ESSENTIAL, true, false, false), null).legalBasis())
                .contains("NIS2 Art 4(1)");
        assertThat(policy.explain(classification(EntityClass.NOT_IN_SCOPE, false, false, true), null).legalBasis())
                .containsExactly("NIS2 Art 36");
    }

    @Test
    void publicAdministrationCitesArt34_7() {
        FineExposure f = policy.exposure(classification(EntityClass.IMPORTANT, false, true, false), BigDecimal.ONE);
        assertThat(f.legalBasis()).containsExactly("NIS2 Art 34(5)", "NIS2 Art 34(7)");
    }

    @Test
    void forPublicAdministrationTheExplanationMakesTheCeilingConditionalOnNationalLaw() {
        var pa = classification(EntityClass.ESSENTIAL, false, true, false);
        String text = policy.explain(pa, policy.exposure(pa, BigDecimal.ONE)).explanation();
        assertThat(text).startsWith("Public administration entity: the Member State decides whether")
                .contains("(Art 34(7))", "If national law provides for them, the maximum is at least EUR 10000000");
        var business = classification(EntityClass.ESSENTIAL, false, false, false);
        assertThat(policy.explain(business, policy.exposure(business, BigDecimal.ONE)).explanation())
                .startsWith("The maximum is at least").doesNotContain("34(7)");
    }

    @Test
    void explanationShowsTheArithmetic() {
        FineExposure f = policy.exposure(classification(EntityClass.ESSENTIAL, false, false, false),
                new BigDecimal("3000000000"));
        assertThat(policy.explain(classification(EntityClass.ESSENTIAL, false, false, false), f).explanation())
                .contains("EUR 10000000", "2 %", "EUR 3000000000", "whichever is higher: EUR 60000000");
    }
}
