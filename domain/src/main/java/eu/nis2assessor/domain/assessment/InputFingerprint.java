package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over a canonical form of exactly the data the engine uses for a group assessment: the rules
 * version, the as-of date, and per enterprise its key, activities, figures (latest and previous),
 * investor category, natural-person flag, identifications, exclusions, Union flag and consolidated
 * accounts; every holding; the market groups. Display names are not part of it (the engine does not use
 * them). The form does not depend on the order of enterprises, holdings, lists or sets, and decimals are
 * normalised ({@code 10.0} = {@code 10}), so unchanged data always give the same hash and a change to any
 * figure used gives a different one. Every value is length-prefixed, so no two inputs share a form.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String sha256(GroupStructure structure, LocalDate asOf, RulesVersion rulesVersion) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm(structure, asOf, rulesVersion)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The canonical text the hash is computed over (one line per element, sorted). */
    public static String canonicalForm(GroupStructure structure, LocalDate asOf, RulesVersion rulesVersion) {
        StringBuilder out = new StringBuilder(256 + structure.size() * 160);
        field(out.append("nis2-input/1 rules="), rulesVersion.value());
        field(out.append(" asOf="), asOf == null ? null : asOf.toString());
        out.append('\n');
        List<String> enterprises = new ArrayList<>(structure.size());
        for (Enterprise e : structure.enterprises()) {
            enterprises.add(enterprise(e));
        }
        lines(out, "E", enterprises);
        List<String> holdings = new ArrayList<>(structure.holdings().size());
        for (Holding h : structure.holdings()) {
            holdings.add(holding(h));
        }
        lines(out, "H", holdings);
        if (structure.sameOrAdjacentMarkets() == null) {
            out.append("M unknown\n");
        } else {
            List<String> markets = new ArrayList<>();
            for (List<String> market : structure.sameOrAdjacentMarkets()) {
                markets.add(sortedJoin(market));
            }
            lines(out, "M", markets);
        }
        return out.toString();
    }

    private static String enterprise(Enterprise e) {
        StringBuilder s = new StringBuilder(160);
        field(s, e.key());
        List<String> activities = new ArrayList<>();
        for (Activity a : e.activities()) {
            activities.add(a.type().name() + (a.qualified() ? "+q" : "") + (a.ancillary() ? "+a" : ""));
        }
        field(s, sortedJoin(activities));
        figures(s, e.figures());
        figures(s, e.previousFigures());
        field(s, e.investorCategory() == null ? null : e.investorCategory().name());
        field(s, Boolean.toString(e.naturalPerson()));
        List<String> ids = new ArrayList<>();
        for (Identification id : e.identifications()) {
            ids.add(id.ground().name() + "/" + (id.entityClass() == null ? "-" : id.entityClass().name()));
        }
        field(s, sortedJoin(ids));
        field(s, sortedJoin(e.exclusions().stream().map(Enum::name).toList()));
        field(s, Boolean.toString(e.providesServicesInUnion()));
        ConsolidatedAccounts accounts = e.consolidatedAccounts();
        if (accounts == null) {
            field(s, null);
        } else {
            figures(s, accounts.figures());
            figures(s, accounts.previousFigures());
            field(s, sortedJoin(accounts.includes()));
        }
        return s.toString();
    }

    private static String holding(Holding h) {
        StringBuilder s = new StringBuilder(96);
        field(s, h.owner());
        field(s, h.owned());
        field(s, decimal(h.capitalPercent()));
        field(s, decimal(h.votingPercent()));
        field(s, sortedJoin(h.controlRights().stream().map(Enum::name).toList()));
        field(s, decimal(h.investedAmount()));
        return s.toString();
    }

    private static void figures(StringBuilder s, SizeFigures f) {
        if (f == null) {
            field(s, null);
            return;
        }
        field(s, decimal(f.headcount()) + "/" + decimal(f.annualTurnover()) + "/" + decimal(f.balanceSheetTotal()));
    }

    private static String decimal(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String sortedJoin(Collection<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(null);
        StringBuilder s = new StringBuilder();
        for (String v : sorted) {
            field(s, v);
        }
        return s.toString();
    }

    private static void lines(StringBuilder out, String tag, List<String> lines) {
        lines.sort(null);
        for (String line : lines) {
            out.append(tag).append(' ').append(line).append('\n');
        }
    }

    /** Length-prefixed value; {@code null} is written as {@code ~}. */
    private static void field(StringBuilder s, String value) {
        if (value == null) {
            s.append("~;");
        } else {
            s.append(value.length()).append(':').append(value).append(';');
        }
    }
}
