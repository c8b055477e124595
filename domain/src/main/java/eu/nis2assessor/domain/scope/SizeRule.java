package eu.nis2assessor.domain.scope;

/** How an entity type reaches scope. */
public enum SizeRule {
    /** Needs a medium-sized or large enterprise (NIS2 Art 2(1)). */
    SIZE_CAP,
    /** In scope regardless of size (NIS2 Art 2(2)(a), (f)(i)). */
    ANY_SIZE,
    /** In scope only after a Member State's positive risk-based assessment (Art 2(2)(f)(ii)). */
    DESIGNATION,
    /** Domain name registration services: registration duties only (Art 2(4)). */
    REGISTRATION_ONLY,
    /** Only where a Member State extends scope (Art 2(5)). */
    MEMBER_STATE_EXTENSION
}
