package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated group structure: enterprises (and natural persons), the holdings between them, and the
 * markets on which enterprises controlled by the same natural persons meet (Rec 2003/361 Annex Art 3(3)
 * fourth subparagraph). Invalid structures are refused with an error that names the offending element.
 *
 * @see #sameOrAdjacentMarkets()
 */
public final class GroupStructure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Enterprise> enterprises;
    private final List<Holding> holdings;
    private final List<List<String>> sameOrAdjacentMarkets;
    private final Map<String, Integer> index;
    /** Positions of every holding's owner and owned enterprise, found once by the validation. */
    private final int[] holdingOwner;
    private final int[] holdingOwned;

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
        this.index = HashMap.newHashMap(this.enterprises.size());
        this.holdingOwner = new int[this.holdings.size()];
        this.holdingOwned = new int[this.holdings.size()];
        validate();
    }

    private void validate() {
        for (int i = 0; i < enterprises.size(); i++) {
            Enterprise e = enterprises.get(i);
            if (index.putIfAbsent(e.key(), i) != null) {
                throw InvalidInputException.of("enterprises[" + i + "].key", "duplicate key '" + e.key() + "'");
            }
        }
        for (int i = 0; i < enterprises.size(); i++) {
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
                Integer included = index.get(accounts.includes().get(j));
                String field = "enterprises[" + i + "].consolidatedAccounts.includes[" + j + "]";
                if (included == null) {
                    throw InvalidInputException.of(field, "unknown enterprise key '" + accounts.includes().get(j) + "'");
                }
                if (enterprises.get(included).naturalPerson()) {
                    throw InvalidInputException.of(field, "'" + accounts.includes().get(j)
                            + "' is a natural person and cannot be consolidated");
                }
            }
        }
        int n = enterprises.size();
        BigDecimal[] capital = new BigDecimal[n];
        BigDecimal[] votes = new BigDecimal[n];
        for (int h = 0; h < holdings.size(); h++) {
            Holding holding = holdings.get(h);
            Integer owner = index.get(holding.owner());
            if (owner == null) {
                throw InvalidInputException.of("holdings[" + h + "].owner",
                        "unknown enterprise key '" + holding.owner() + "'");
            }
            Integer owned = index.get(holding.owned());
            if (owned == null) {
                throw InvalidInputException.of("holdings[" + h + "].owned",
                        "unknown enterprise key '" + holding.owned() + "'");
            }
            if (enterprises.get(owned).naturalPerson()) {
                throw InvalidInputException.of("holdings[" + h + "].owned",
                        "'" + holding.owned() + "' is a natural person and cannot be held");
            }
            holdingOwner[h] = owner;
            holdingOwned[h] = owned;
            if (holding.capitalPercent() != null) {
                capital[owned] = capital[owned] == null ? holding.capitalPercent()
                        : capital[owned].add(holding.capitalPercent());
                if (capital[owned].compareTo(HUNDRED) > 0) {
                    throw InvalidInputException.of("holdings[" + h + "].capitalPercent", "the holdings of the capital of '"
                            + holding.owned() + "' add up to " + capital[owned].toPlainString() + ", more than 100");
                }
            }
            if (holding.votingPercent() != null) {
                votes[owned] = votes[owned] == null ? holding.votingPercent() : votes[owned].add(holding.votingPercent());
                if (votes[owned].compareTo(HUNDRED) > 0) {
                    throw InvalidInputException.of("holdings[" + h + "].votingPercent", "the holdings of the voting rights"
                            + " of '" + holding.owned() + "' add up to " + votes[owned].toPlainString() + ", more than 100");
                }
            }
        }
        if (sameOrAdjacentMarkets != null) {
            for (int g = 0; g < sameOrAdjacentMarkets.size(); g++) {
                List<String> market = sameOrAdjacentMarkets.get(g);
                for (int j = 0; j < market.size(); j++) {
                    if (!index.containsKey(market.get(j))) {
                        throw InvalidInputException.of("sameOrAdjacentMarkets[" + g + "].enterprises[" + j + "]",
                                "unknown enterprise key '" + market.get(j) + "'");
                    }
                }
            }
        }
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
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    /** Position of the owner of holding {@code h}; for the package's array algorithms (no copy, do not change). */
    int holdingOwner(int h) {
        return holdingOwner[h];
    }

    /** Position of the enterprise held by holding {@code h}. */
    int holdingOwned(int h) {
        return holdingOwned[h];
    }

    public int size() {
        return enterprises.size();
    }
}
