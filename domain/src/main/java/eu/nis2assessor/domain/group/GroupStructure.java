package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A validated group structure: enterprises (and natural persons), the holdings between them, and the
 * markets on which enterprises controlled by the same natural persons meet (Rec 2003/361 Annex Art 3(3)
 * fourth subparagraph). Invalid structures are refused with an error that names the offending element.
 *
 * @see #sameOrAdjacentMarkets()
 */
public final class GroupStructure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Holdings validated together in the first passes: their objects stay in the processor's caches between passes. */
    private static final int HOLDINGS_BLOCK = 256;

    private final List<Enterprise> enterprises;
    private final List<Holding> holdings;
    private final List<List<String>> sameOrAdjacentMarkets;
    private final KeyIndex index;
    private final String[] keys;
    /** Positions of every holding's owner and owned enterprise, found once by the validation. */
    private final int[] holdingOwner;
    private final int[] holdingOwned;
    /** The holdings' capital and voting percentages in {@link PercentUnits} ({@link PercentUnits#ABSENT} when not given). */
    private final long[] holdingCapital;
    private final long[] holdingVoting;
    /** Whether each holding gives a control right. */
    private final boolean[] holdingControl;
    /** Whether any enterprise gives consolidated accounts. */
    private final boolean anyConsolidated;
    /** The enterprises' investor categories ({@code null} for none), by position. */
    private final InvestorCategory[] investor;
    /** Whether the enterprise at each position is a natural person. */
    private final boolean[] natural;

    /**
     * @param sameOrAdjacentMarkets each inner list holds enterprise keys on one same-or-adjacent market;
     *                              {@code null} = not known (enterprises controlled by the same natural person
     *                              are then assumed to be linked), empty = no two of them share a market
     * @throws InvalidInputException naming the element, e.g. {@code holdings[3].owner: unknown enterprise key 'X'}
     */
    public GroupStructure(List<Enterprise> enterprises, List<Holding> holdings, List<List<String>> sameOrAdjacentMarkets) {
        this.enterprises = List.copyOf(enterprises);
        this.holdings = List.copyOf(holdings);
        this.sameOrAdjacentMarkets = sameOrAdjacentMarkets == null ? null
                : sameOrAdjacentMarkets.stream().map(List::copyOf).toList();
        this.holdingOwner = new int[this.holdings.size()];
        this.holdingOwned = new int[this.holdings.size()];
        this.holdingCapital = new long[this.holdings.size()];
        this.holdingVoting = new long[this.holdings.size()];
        this.holdingControl = new boolean[this.holdings.size()];
        this.investor = new InvestorCategory[this.enterprises.size()];
        this.natural = new boolean[this.enterprises.size()];
        this.keys = new String[this.enterprises.size()];
        this.index = new KeyIndex(keys.length);
        // one pass over the enterprises, each read once: its key (packed and indexed), whether it is a natural person,
        // whether it has consolidated accounts; the errors are raised afterwards, in the order of the checks
        int duplicate = -1;
        boolean anyConsolidated = false;
        for (int i = 0; i < keys.length; i++) {
            Enterprise e = this.enterprises.get(i);
            keys[i] = e.key();
            natural[i] = e.naturalPerson();
            investor[i] = e.investorCategory();
            anyConsolidated |= e.consolidatedAccounts() != null;
            index.pack(keys[i], i);
        }
        // the table apart, in a tight loop: the slots lie anywhere in it, and many of them are read at once
        for (int i = 0; i < keys.length; i++) {
            if (index.insert(i) >= 0 && duplicate < 0) {
                duplicate = i;
            }
        }
        if (duplicate >= 0) {
            throw InvalidInputException.of("enterprises[" + duplicate + "].key", "duplicate key '" + keys[duplicate]
                    + "'");
        }
        this.anyConsolidated = anyConsolidated;
        validate();
    }

    private void validate() {
        for (int i = 0; anyConsolidated && i < enterprises.size(); i++) {
            Enterprise e = enterprises.get(i);
            ConsolidatedAccounts accounts = e.consolidatedAccounts();
            if (accounts == null) {
                continue;
            }
            if (e.naturalPerson()) {
                throw InvalidInputException.of("enterprises[" + i + "].consolidatedAccounts",
                        "a natural person does not prepare consolidated accounts");
            }
            for (int j = 0; j < accounts.includes().size(); j++) {
                int included = index.indexOf(accounts.includes().get(j));
                String field = "enterprises[" + i + "].consolidatedAccounts.includes[" + j + "]";
                if (included < 0) {
                    throw InvalidInputException.of(field, "unknown enterprise key '" + accounts.includes().get(j) + "'");
                }
                if (natural[included]) {
                    throw InvalidInputException.of(field, "'" + accounts.includes().get(j)
                            + "' is a natural person and cannot be consolidated");
                }
            }
        }
        int n = enterprises.size();
        // sums per held enterprise in exact fixed-point units; BigDecimal only for a sum that meets a percentage
        // with more decimal places than the units hold
        // capital at 2 × owned, votes at 2 × owned + 1: the two sums of one enterprise side by side in memory
        long[] sums = new long[2 * n];
        BigDecimal[][] inexact = new BigDecimal[2][];
        // Four passes, each a tight loop with many reads in flight: (1) what the checks need from every holding (the
        // hashes of both keys, the percentages in units, the control rights); (2) the table slots of those hashes;
        // (3) the keys' characters compared, after a loop that reads the first character of each candidate (see
        // ReadAhead); (4) the checks and sums on those arrays alone, the errors in the order of the holdings and of the
        // checks. The first three go block by block, so that the holdings and their keys, read in (1), are still at
        // hand in the processor's caches when (3) reads them again.
        long readAhead = 0;
        for (int block = 0; block < holdings.size(); block += HOLDINGS_BLOCK) {
            int end = Math.min(holdings.size(), block + HOLDINGS_BLOCK);
            for (int h = block; h < end; h++) {
                Holding holding = holdings.get(h);
                // the keys' hashes for now; their candidates in the next loop
                holdingOwner[h] = holding.owner().hashCode();
                holdingOwned[h] = holding.owned().hashCode();
                holdingCapital[h] = PercentUnits.ofNullable(holding.capitalPercent());
                holdingVoting[h] = PercentUnits.ofNullable(holding.votingPercent());
                holdingControl[h] = !holding.controlRights().isEmpty();
            }
            for (int h = block; h < end; h++) {
                holdingOwner[h] = index.candidate(holdingOwner[h]);
                holdingOwned[h] = index.candidate(holdingOwned[h]);
            }
            for (int h = block; h < end; h++) {
                readAhead += index.readAhead(holdingOwner[h]) + index.readAhead(holdingOwned[h]);
            }
            for (int h = block; h < end; h++) {
                Holding holding = holdings.get(h);
                holdingOwner[h] = index.confirm(holding.owner(), holdingOwner[h]);
                holdingOwned[h] = index.confirm(holding.owned(), holdingOwned[h]);
            }
        }
        ReadAhead.keep(readAhead);
        for (int h = 0; h < holdings.size(); h++) {
            if (holdingOwner[h] < 0) {
                throw InvalidInputException.of("holdings[" + h + "].owner",
                        "unknown enterprise key '" + holdings.get(h).owner() + "'");
            }
            int owned = holdingOwned[h];
            if (owned < 0) {
                throw InvalidInputException.of("holdings[" + h + "].owned",
                        "unknown enterprise key '" + holdings.get(h).owned() + "'");
            }
            // read from the array: the holdings point anywhere in the structure, the enterprises are not touched
            if (natural[owned]) {
                throw InvalidInputException.of("holdings[" + h + "].owned",
                        "'" + holdings.get(h).owned() + "' is a natural person and cannot be held");
            }
            if (holdingCapital[h] != PercentUnits.ABSENT && addUp(sums, inexact, 0, owned, h, holdingCapital[h])) {
                throw InvalidInputException.of("holdings[" + h + "].capitalPercent", "the holdings of the capital of '"
                        + holdings.get(h).owned() + "' add up to " + sumUpTo(h, owned, true) + ", more than 100");
            }
            if (holdingVoting[h] != PercentUnits.ABSENT && addUp(sums, inexact, 1, owned, h, holdingVoting[h])) {
                throw InvalidInputException.of("holdings[" + h + "].votingPercent", "the holdings of the voting rights"
                        + " of '" + holdings.get(h).owned() + "' add up to " + sumUpTo(h, owned, false)
                        + ", more than 100");
            }
        }
        if (sameOrAdjacentMarkets != null) {
            for (int g = 0; g < sameOrAdjacentMarkets.size(); g++) {
                List<String> market = sameOrAdjacentMarkets.get(g);
                for (int j = 0; j < market.size(); j++) {
                    if (index.indexOf(market.get(j)) < 0) {
                        throw InvalidInputException.of("sameOrAdjacentMarkets[" + g + "].enterprises[" + j + "]",
                                "unknown enterprise key '" + market.get(j) + "'");
                    }
                }
            }
        }
    }

    /** Adds a percentage to the sum of one held enterprise; {@code true} when the sum is now above 100. */
    private boolean addUp(long[] sums, BigDecimal[][] inexact, int kind, int owned, int h, long u) {
        int cell = 2 * owned + kind;
        if (u != PercentUnits.INEXACT && (inexact[kind] == null || inexact[kind][owned] == null)) {
            sums[cell] += u;
            return sums[cell] > PercentUnits.HUNDRED;
        }
        if (inexact[kind] == null) {
            inexact[kind] = new BigDecimal[sums.length / 2];
        }
        // the percentage as written (its units are inexact, or an earlier one's were)
        BigDecimal percent = kind == 0 ? holdings.get(h).capitalPercent() : holdings.get(h).votingPercent();
        BigDecimal sum = inexact[kind][owned] != null ? inexact[kind][owned] : PercentUnits.value(sums[cell]);
        inexact[kind][owned] = sum = sum.add(percent);
        return sum.compareTo(HUNDRED) > 0;
    }

    /** The sum of the capital (or voting) percentages held in one enterprise by holdings 0..h, as the input wrote them. */
    private String sumUpTo(int h, int owned, boolean capital) {
        BigDecimal sum = null;
        for (int k = 0; k <= h; k++) {
            Holding holding = holdings.get(k);
            BigDecimal percent = capital ? holding.capitalPercent() : holding.votingPercent();
            if (percent != null && holdingOwned[k] == owned) {
                sum = sum == null ? percent : sum.add(percent);
            }
        }
        return sum.toPlainString();
    }

    public List<Enterprise> enterprises() {
        return enterprises;
    }

    public List<Holding> holdings() {
        return holdings;
    }

    /** {@code null} when not known. */
    public List<List<String>> sameOrAdjacentMarkets() {
        return sameOrAdjacentMarkets;
    }

    /** Position of an enterprise key, or -1. */
    public int indexOf(String key) {
        return index.indexOf(key);
    }

    /** The enterprises' keys by position; for the package's array algorithms (no copy, do not change). */
    String[] keys() {
        return keys;
    }

    /** The packed keys; for the package's array algorithms (no copy, do not change). */
    KeyIndex keyIndex() {
        return index;
    }

    /** Position of the owner of holding {@code h}; for the package's array algorithms (no copy, do not change). */
    int holdingOwner(int h) {
        return holdingOwner[h];
    }

    /** Position of the enterprise held by holding {@code h}. */
    int holdingOwned(int h) {
        return holdingOwned[h];
    }

    /** The capital percentage of holding {@code h} in {@link PercentUnits}, {@link PercentUnits#ABSENT} if not given. */
    long holdingCapital(int h) {
        return holdingCapital[h];
    }

    /** The voting percentage of holding {@code h} in {@link PercentUnits}, {@link PercentUnits#ABSENT} if not given. */
    long holdingVoting(int h) {
        return holdingVoting[h];
    }

    /** Whether holding {@code h} gives a control right. */
    boolean holdingControl(int h) {
        return holdingControl[h];
    }

    /** Whether any enterprise gives consolidated accounts. */
    boolean anyConsolidatedAccounts() {
        return anyConsolidated;
    }

    /** The enterprises' investor categories by position ({@code null} for none); no copy, do not change. */
    InvestorCategory[] investorCategories() {
        return investor;
    }

    /** Whether the enterprise at position {@code i} is a natural person; no copy, do not change. */
    boolean[] naturalPersons() {
        return natural;
    }

    public int size() {
        return enterprises.size();
    }
}
