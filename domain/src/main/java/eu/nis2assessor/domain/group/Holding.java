package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.validation.Check.nonNegative;
import static eu.nis2assessor.domain.validation.Check.percent;
import static eu.nis2assessor.domain.validation.Check.required;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A holding of one enterprise (owner) in another (owned): capital and voting rights in percent
 * (either may be unknown), control rights, and the amount invested (for the business angel ceiling).
 */
public record Holding(String owner, String owned, BigDecimal capitalPercent, BigDecimal votingPercent,
                      Set<ControlRight> controlRights, BigDecimal investedAmount) {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    public Holding {
        required(owner, "owner");
        required(owned, "owned");
        percent(capitalPercent, "capitalPercent");
        percent(votingPercent, "votingPercent");
        nonNegative(investedAmount, "investedAmount");
        controlRights = controlRights == null || controlRights.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(controlRights));
        if (owner.equals(owned)) {
            throw InvalidInputException.of("owned", "an enterprise cannot hold itself ('" + owner + "')");
        }
        if (capitalPercent == null && votingPercent == null && controlRights.isEmpty()) {
            throw InvalidInputException.of("capitalPercent", "give capitalPercent, votingPercent or controlRights");
        }
    }

    public static Holding of(String owner, String owned, String percent) {
        BigDecimal p = new BigDecimal(percent);
        return new Holding(owner, owned, p, p, Set.of(), null);
    }

    /** The percentage that counts for partner shares: the greater of capital and voting rights (Annex Art 3(2), 6(2)). */
    public BigDecimal partnerPercent() {
        return greater(capitalPercent, votingPercent);
    }

    /** The greater of two percentages where either may be unknown ({@code null} when both are). */
    static BigDecimal greater(BigDecimal capital, BigDecimal votes) {
        if (capital == null) {
            return votes;
        }
        if (votes == null) {
            return capital;
        }
        return capital.max(votes);
    }

    /**
     * Voting rights for the linkage test. Only voting rights decide linkage; when they are not given, they
     * are taken to follow the capital (ordinary shares), which the result states as an assumption.
     */
    public BigDecimal votesForControl() {
        return votingPercent != null ? votingPercent : capitalPercent;
    }

    public boolean votesAssumedFromCapital() {
        return votingPercent == null && capitalPercent != null && capitalPercent.compareTo(FIFTY) > 0;
    }
}
