package eu.nis2assessor.domain.registration;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.scope.EntityType;
import java.util.List;

/**
 * NIS2 Art 3(3)-(4), 27 and 28: the registration duties of essential and important entities and of
 * providers of domain name registration services (registrars are within the Directive for these
 * duties only, Art 2(4)). The domain name registration data duties of Art 28 fall on TLD name registries and on
 * entities providing domain name registration services alike (Art 28(1), (4), (5)).
 */
public final class RegistrationPolicy {

    static final Obligation NATIONAL_LIST = new Obligation("ART3_4_SUBMIT_TO_NATIONAL_LIST",
            "Submit to the competent authority at least the entity's name, address and up-to-date contact details"
                    + " (e-mail, IP ranges, telephone), its sector and subsector, and the Member States where it"
                    + " provides services; notify changes within two weeks.", List.of(NIS2_ART_3_3, NIS2_ART_3_4));
    static final Obligation ENISA_REGISTRY = new Obligation("ART27_ENISA_REGISTRY",
            "Submit to the competent authority, for the ENISA registry, the entity's name, sector and type, the"
                    + " address of its main establishment and other Union establishments or of its representative,"
                    + " contact details, the Member States where it provides services and its IP ranges; notify changes"
                    + " within three months.", List.of(NIS2_ART_27));
    static final Obligation REGISTRATION_DATA = new Obligation("ART28_DOMAIN_REGISTRATION_DATA",
            "Collect and maintain accurate and complete domain name registration data in a dedicated database, publish"
                    + " non-personal registration data, and give legitimate access seekers access to specific data"
                    + " within 72 hours.", List.of(NIS2_ART_28));

    private static final List<Obligation> LISTED = List.of(NATIONAL_LIST);
    private static final List<Obligation> LISTED_AND_REGISTRY = List.of(NATIONAL_LIST, ENISA_REGISTRY);
    private static final List<Obligation> ALL = List.of(NATIONAL_LIST, ENISA_REGISTRY, REGISTRATION_DATA);

    public List<Obligation> duties(Classification classification) {
        boolean listed = classification.inScope() || classification.registrarDuties();
        if (!listed) {
            return List.of();
        }
        boolean registry = false;
        boolean registrationData = classification.registrarDuties();
        for (EntityType type : classification.effectiveTypes()) {
            registry |= type.enisaRegistry();
            registrationData |= type == EntityType.TLD_NAME_REGISTRY;
        }
        if (registrationData) {
            return ALL;
        }
        return registry ? LISTED_AND_REGISTRY : LISTED;
    }
}
