package eu.nis2assessor.domain.size;

/** Enterprise categories of Rec 2003/361 Annex Art 2, ordered from smallest to largest. */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE;

    /** Medium-sized or larger: the size condition of NIS2 Art 2(1). */
    public boolean atLeastMedium() {
        return this == MEDIUM || this == LARGE;
    }
}
