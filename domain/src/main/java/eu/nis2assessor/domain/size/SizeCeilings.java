package eu.nis2assessor.domain.size;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The staff and financial ceilings of one enterprise category. Staff must be "fewer than" the staff
 * ceiling; turnover and balance sheet total must be "not exceeding" their ceilings.
 * Held as data (not literals in the policy) so that a future amendment is a new value, not new code.
 */
public record SizeCeilings(Tier micro, Tier small, Tier medium) {

    /** One tier: {@code staff < staffBelow AND (turnover <= turnoverMax OR balanceSheet <= balanceSheetMax)}. */
    public record Tier(BigDecimal staffBelow, BigDecimal turnoverMax, BigDecimal balanceSheetMax, String legalBasis) {
        public Tier {
            Objects.requireNonNull(staffBelow);
            Objects.requireNonNull(turnoverMax);
            Objects.requireNonNull(balanceSheetMax);
            Objects.requireNonNull(legalBasis);
        }

        String staffText() {
            return staffBelow.stripTrailingZeros().toPlainString();
        }

        String turnoverText() {
            return millions(turnoverMax);
        }

        String balanceSheetText() {
            return millions(balanceSheetMax);
        }

        private static String millions(BigDecimal amount) {
            return amount.movePointLeft(6).stripTrailingZeros().toPlainString() + " million";
        }
    }

    /** Rec 2003/361 Annex Art 2(1)-(3). */
    public static final SizeCeilings REC_2003_361 = new SizeCeilings(
            new Tier(new BigDecimal("10"), new BigDecimal("2000000"), new BigDecimal("2000000"),
                    "Rec 2003/361 Annex Art 2(3)"),
            new Tier(new BigDecimal("50"), new BigDecimal("10000000"), new BigDecimal("10000000"),
                    "Rec 2003/361 Annex Art 2(2)"),
            new Tier(new BigDecimal("250"), new BigDecimal("50000000"), new BigDecimal("43000000"),
                    "Rec 2003/361 Annex Art 2(1)"));
}
