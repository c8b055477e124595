package eu.nis2assessor.domain.group;

/** Rights other than a majority of voting rights that make enterprises linked (Rec 2003/361 Annex Art 3(3)). */
public enum ControlRight {
    /** Right to appoint or remove a majority of the administrative, management or supervisory body (point (b)). */
    BOARD_MAJORITY_APPOINTMENT,
    /** Right to exercise a dominant influence under a contract or a provision in the articles (point (c)). */
    DOMINANT_INFLUENCE,
    /** Sole control of a majority of voting rights under an agreement with other shareholders (point (d)). */
    VOTING_AGREEMENT_MAJORITY
}
