package eu.nis2assessor.domain.scope;

/** NIS2 Art 3: essential, important, or neither. */
public enum EntityClass {
    ESSENTIAL, IMPORTANT, NOT_IN_SCOPE
}
