package eu.nis2assessor.domain.group;

/** How an enterprise's data count for a target enterprise (Rec 2003/361 Annex Art 6). */
public enum EnterpriseRelation {
    /** The target itself. */
    OWN,
    /** Linked to the target: counted at 100 %. */
    LINKED,
    /** Partner of the target or of one of its linked enterprises: counted pro rata. */
    PARTNER
}
