package eu.nis2assessor.domain.supervision;

/** How the competent authority supervises the entity. */
public enum SupervisionRegime {
    /** Proactive and reactive supervision of essential entities (NIS2 Art 32). */
    EX_ANTE,
    /** Reactive supervision of important entities, on evidence of non-compliance (NIS2 Art 33). */
    EX_POST,
    /** No NIS2 supervision regime (not in scope, or displaced by a sector-specific act). */
    NONE
}
