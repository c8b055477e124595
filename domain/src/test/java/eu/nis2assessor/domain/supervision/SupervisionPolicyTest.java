package eu.nis2assessor.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.scope.EntityClass;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class SupervisionPolicyTest {

    private final SupervisionPolicy policy = new SupervisionPolicy();

    public static Classification classification(EntityClass c, boolean dora, boolean publicAdministration, boolean registrar) {
        return new Classification(c, List.of("NIS2 Art 3(2)"), Set.of(), registrar, dora, publicAdministration, List.of(),
                List.of());
    }

    @Test
    void essentialEntitiesAreSupervisedExAnteWithTheFullPowers() {
        Supervision s = policy.supervise(classification(EntityClass.ESSENTIAL, false, false, false));
        assertThat(s.regime()).isEqualTo(SupervisionRegime.EX_ANTE);
        assertThat(s.legalBasis()).containsExactly("NIS2 Art 32");
        assertThat(s.authorityPowers()).anyMatch(p -> p.contains("random checks"))
                .anyMatch(p -> p.contains("monitoring officer")).anyMatch(p -> p.contains("Art 32(5)"));
    }

    @Test
    void importantEntitiesAreSupervisedExPostWithoutMonitoringOfficerOrBan() {
        Supervision s = policy.supervise(classification(EntityClass.IMPORTANT, false, false, false));
        assertThat(s.regime()).isEqualTo(SupervisionRegime.EX_POST);
        assertThat(s.legalBasis()).containsExactly("NIS2 Art 33");
        assertThat(s.authorityPowers()).anyMatch(p -> p.contains("Targeted security audits"))
                .noneMatch(p -> p.contains("monitoring officer")).noneMatch(p -> p.contains("Art 32(5)"))
                .noneMatch(p -> p.contains("random checks"));
        assertThat(policy.explain(classification(EntityClass.IMPORTANT, false, false, false)).legalBasis())
                .containsExactly("NIS2 Art 33");
    }

    @Test
    void bothRegimesIncludeTheOrderToImplementAuditRecommendations() {
        // Art 32(4)(f), and Art 33(4)(a)-(g) = Art 32(4)(a)-(f) and (h)
        for (EntityClass c : List.of(EntityClass.ESSENTIAL, EntityClass.IMPORTANT)) {
            assertThat(policy.supervise(classification(c, false, false, false)).authorityPowers())
                    .anyMatch(p -> p.contains("implement audit recommendations"));
        }
        assertThat(policy.supervise(classification(EntityClass.IMPORTANT, false, false, false)).authorityPowers())
                .anyMatch(p -> p.contains("make infringements public") && p.contains("Art 33(4)(a)-(g)"));
    }

    @Test
    void forPublicAdministrationFinesDependOnNationalLawAndLiabilityKeepsTheRulesForPublicServants() {
        for (EntityClass c : List.of(EntityClass.ESSENTIAL, EntityClass.IMPORTANT)) {
            List<String> powers = policy.supervise(classification(c, false, true, false)).authorityPowers();
            assertThat(powers).filteredOn(p -> p.startsWith("Administrative fines")).singleElement()
                    .satisfies(p -> assertThat(p).contains("where national law provides for fines").contains("Art 34(7)"));
            assertThat(powers).filteredOn(p -> p.startsWith("Natural persons")).singleElement()
                    .satisfies(p -> assertThat(p).contains("without prejudice to national rules").endsWith(")"));
            List<String> business = policy.supervise(classification(c, false, false, false)).authorityPowers();
            assertThat(business).noneMatch(p -> p.contains("Art 34(7)") || p.contains("public servants"));
            assertThat(powers).hasSize(business.size() - (c == EntityClass.ESSENTIAL ? 1 : 0)); // no Art 32(5)
        }
    }

    @Test
    void publicAdministrationHasNoArt32_5Measures() {
        Supervision s = policy.supervise(classification(EntityClass.ESSENTIAL, false, true, false));
        assertThat(s.regime()).isEqualTo(SupervisionRegime.EX_ANTE);
        assertThat(s.authorityPowers()).noneMatch(p -> p.contains("Art 32(5)"));
    }

    @Test
    void doraAndOutOfScopeHaveNoRegime() {
        Supervision dora = policy.supervise(classification(EntityClass.ESSENTIAL, true, false, false));
        assertThat(dora.regime()).isEqualTo(SupervisionRegime.NONE);
        assertThat(dora.legalBasis()).containsExactly("NIS2 Art 4(1)", "DORA Art 1(2)");
        Supervision none = policy.supervise(classification(EntityClass.NOT_IN_SCOPE, false, false, true));
        assertThat(none.regime()).isEqualTo(SupervisionRegime.NONE);
        assertThat(none.authorityPowers()).isEmpty();
        assertThat(policy.explain(classification(EntityClass.NOT_IN_SCOPE, false, false, false))).isNull();
    }
}
