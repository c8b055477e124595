package eu.nis2assessor.domain.scope;

/** Grounds that take an entity out of NIS2 altogether. */
public enum Exclusion {
    /** Public administration entity in national security, public security, defence or law enforcement (Art 2(7)); not for trust services (Art 2(9)). */
    NATIONAL_SECURITY_PUBLIC_ADMINISTRATION,
    /** Exempted by a Member State from DORA under DORA Art 2(4) (NIS2 Art 2(10)). */
    DORA_EXEMPTED
}
