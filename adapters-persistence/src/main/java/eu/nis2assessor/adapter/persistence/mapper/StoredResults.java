package eu.nis2assessor.adapter.persistence.mapper;

import com.fasterxml.jackson.annotation.JsonInclude;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.group.Contribution;
import eu.nis2assessor.domain.group.EnterpriseRelation;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's whole result for one entity ({@link EnterpriseAssessment}) as the JSON stored in
 * {@code group_assessment_entity.result}, with the contributions in a compact, column-wise form.
 *
 * <p>A target in a large linked group or with many partners counts thousands of enterprises; written as one JSON
 * object per contribution (key, relation, share and the repeated legal-basis list) they made up almost all of a run's
 * stored bytes (about 270 bytes each). Stored now as {@code "compact": {"bases": [[...], ...], "keys": [...],
 * "relations": "OLPP...", "shares": [...], "basis": [...]}}: one entry per contribution in each array, the relation as
 * one letter ({@code O}wn, {@code L}inked, {@code P}artner), the legal basis as an index into the row's distinct
 * legal-basis lists. Nothing is left out: reading gives back an equal {@code EnterpriseAssessment}. Rows written in the
 * first form ({@code "contributions": [{key, relation, share, legalBasis}, ...]}) are still read.
 */
public final class StoredResults {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter WRITER = JSON.writerFor(Stored.class);
    private static final ObjectReader READER = JSON.readerFor(Stored.class);

    private StoredResults() {
    }

    /** The JSON text of a result, contributions compact. */
    public static String write(EnterpriseAssessment result) {
        Objects.requireNonNull(result, "result");
        return WRITER.writeValueAsString(new Stored(result.key(), result.aggregatedFigures(), null,
                Compact.of(result.contributions()), result.sizeClass(), result.undertakingWorldwideTurnover(),
                result.assessment()));
    }

    /** A stored result, in either form. */
    public static EnterpriseAssessment read(String json) {
        Stored stored = READER.readValue(json);
        List<Contribution> contributions = stored.compact() != null ? stored.compact().contributions()
                : stored.contributions() == null ? List.of() : stored.contributions();
        return new EnterpriseAssessment(stored.key(), stored.aggregatedFigures(), contributions, stored.sizeClass(),
                stored.undertakingWorldwideTurnover(), stored.assessment());
    }

    /** The stored JSON object; exactly one of {@code contributions} (first form) and {@code compact} is present. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Stored(String key, SizeFigures aggregatedFigures, List<Contribution> contributions, Compact compact,
                  SizeClass sizeClass, BigDecimal undertakingWorldwideTurnover, Assessment assessment) {
    }

    /** Contributions column-wise: the i-th contribution is (keys[i], relations[i], shares[i], bases[basis[i]]). */
    record Compact(List<List<String>> bases, List<String> keys, String relations, List<BigDecimal> shares, int[] basis) {

        static Compact of(List<Contribution> contributions) {
            int n = contributions.size();
            List<List<String>> bases = new ArrayList<>(4);
            Map<List<String>, Integer> index = new HashMap<>(8);
            List<String> keys = new ArrayList<>(n);
            StringBuilder relations = new StringBuilder(n);
            List<BigDecimal> shares = new ArrayList<>(n);
            int[] basis = new int[n];
            for (int i = 0; i < n; i++) {
                Contribution c = contributions.get(i);
                keys.add(c.key());
                relations.append(letter(c.relation()));
                shares.add(c.share());
                Integer b = index.get(c.legalBasis());
                if (b == null) {
                    b = bases.size();
                    index.put(c.legalBasis(), b);
                    bases.add(c.legalBasis());
                }
                basis[i] = b;
            }
            return new Compact(bases, keys, relations.toString(), shares, basis);
        }

        List<Contribution> contributions() {
            int n = keys.size();
            if (relations.length() != n || shares.size() != n || basis.length != n) {
                throw new IllegalStateException("stored contributions are inconsistent: " + n + " keys, "
                        + relations.length() + " relations, " + shares.size() + " shares, " + basis.length + " bases");
            }
            List<List<String>> lists = bases.stream().map(List::copyOf).toList();
            List<Contribution> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                result.add(new Contribution(keys.get(i), relation(relations.charAt(i)), shares.get(i), lists.get(basis[i])));
            }
            return result;
        }

        private static char letter(EnterpriseRelation relation) {
            return switch (relation) {
                case OWN -> 'O';
                case LINKED -> 'L';
                case PARTNER -> 'P';
            };
        }

        private static EnterpriseRelation relation(char letter) {
            return switch (letter) {
                case 'O' -> EnterpriseRelation.OWN;
                case 'L' -> EnterpriseRelation.LINKED;
                case 'P' -> EnterpriseRelation.PARTNER;
                default -> throw new IllegalStateException("unknown stored relation '" + letter + "'");
            };
        }
    }
}
