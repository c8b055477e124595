package eu.nis2assessor.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

    private final RegistrationPolicy policy = new RegistrationPolicy();

    private static Classification of(EntityClass c, boolean registrar, EntityType... types) {
        return new Classification(c, List.of("x"), Set.of(types), registrar, false, false, List.of(), List.of());
    }

    @Test
    void inScopeEntitiesGoOnTheNationalList() {
        assertThat(policy.duties(of(EntityClass.IMPORTANT, false, EntityType.FOOD_BUSINESS)))
                .extracting(Obligation::code).containsExactly("ART3_4_SUBMIT_TO_NATIONAL_LIST");
    }

    @Test
    void article27TypesAlsoGoInTheEnisaRegistry() {
        assertThat(policy.duties(of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)))
                .extracting(Obligation::code).containsExactly("ART3_4_SUBMIT_TO_NATIONAL_LIST", "ART27_ENISA_REGISTRY");
    }

    @Test
    void registrarsHaveTheArt28DutiesEvenWhenNotInScope() {
        assertThat(policy.duties(of(EntityClass.NOT_IN_SCOPE, true, EntityType.DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER)))
                .extracting(Obligation::code).containsExactly("ART3_4_SUBMIT_TO_NATIONAL_LIST", "ART27_ENISA_REGISTRY",
                        "ART28_DOMAIN_REGISTRATION_DATA");
    }

    @Test
    void tldNameRegistriesAlsoHaveTheArt28DutiesForTheirRegistrationData() {
        // Art 28(1): "TLD name registries and entities providing domain name registration services"
        assertThat(policy.duties(of(EntityType.TLD_NAME_REGISTRY)))
                .extracting(Obligation::code).containsExactly("ART3_4_SUBMIT_TO_NATIONAL_LIST", "ART27_ENISA_REGISTRY",
                        "ART28_DOMAIN_REGISTRATION_DATA");
        assertThat(policy.duties(of(EntityType.DNS_SERVICE_PROVIDER))).extracting(Obligation::code)
                .doesNotContain("ART28_DOMAIN_REGISTRATION_DATA");
    }

    @Test
    void outOfScopeEntitiesHaveNone() {
        assertThat(policy.duties(of(EntityClass.NOT_IN_SCOPE, false, EntityType.FOOD_BUSINESS))).isEmpty();
    }

    private static Classification of(EntityType type) {
        return of(EntityClass.ESSENTIAL, false, type);
    }
}
