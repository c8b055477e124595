package eu.nis2assessor.domain.scope;

/** Where NIS2 lists an entity type. */
public enum Annex {
    /** Annex I: sectors of high criticality. */
    ANNEX_I,
    /** Annex II: other critical sectors (never essential by size). */
    ANNEX_II,
    /** Named by the Directive outside the annexes (Art 2(4), 2(5)). */
    OUTSIDE_ANNEXES
}
