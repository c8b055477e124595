package eu.nis2assessor.adapter.persistence.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.EnterpriseRelation;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** The stored form of the engine's per-entity result: complete (read back equal), compact, and the first form still read. */
class StoredResultsTest {

    /** A parent linked to two subsidiaries, a 30 % partner with a subsidiary of its own, a 10 % investment. */
    private static List<EnterpriseAssessment> results() {
        List<Enterprise> enterprises = new ArrayList<>();
        for (String key : List.of("P", "S1", "S2", "Q", "Q1", "X")) {
            enterprises.add(new Enterprise(key, null, key.equals("X") ? List.of()
                    : List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)),
                    SizeFigures.of("60.5", "12000000.25", "9000000"), SizeFigures.of("40", "9000000", "8000000"), null, false,
                    List.of(), Set.of(), true, null));
        }
        List<Holding> holdings = List.of(Holding.of("P", "S1", "100"), Holding.of("P", "S2", "60"),
                Holding.of("P", "Q", "30"), Holding.of("Q", "Q1", "75"), Holding.of("S1", "X", "10"));
        return new GroupStructureAssessor().assess(new GroupStructure(enterprises, holdings, null)).enterprises();
    }

    @Test
    void everyResultReadsBackEqual() {
        List<EnterpriseAssessment> results = results();
        assertThat(results).hasSize(6);
        assertThat(results.stream().flatMap(r -> r.contributions().stream()).map(c -> c.relation()).distinct())
                .containsExactlyInAnyOrder(EnterpriseRelation.OWN, EnterpriseRelation.LINKED, EnterpriseRelation.PARTNER);
        for (EnterpriseAssessment result : results) {
            EnterpriseAssessment read = StoredResults.read(StoredResults.write(result));
            assertThat(read).as(result.key()).isEqualTo(result);
            assertThat(read.contributions()).isEqualTo(result.contributions());
        }
    }

    @Test
    void contributionsAreStoredColumnWiseWithoutRepeatingTheLegalBasis() {
        EnterpriseAssessment parent = results().stream().filter(r -> r.key().equals("P")).findFirst().orElseThrow();
        String json = StoredResults.write(parent);
        assertThat(json).contains("\"compact\":{\"bases\":").doesNotContain("\"contributions\"");
        // each distinct legal-basis list once, whatever the number of contributions
        assertThat(json.split("Annex Art 6\\(2\\)\"", -1).length - 1).isLessThanOrEqualTo(
                parent.contributions().stream().map(c -> c.legalBasis()).distinct().toList().size() + 8);
        assertThat(json.length()).isLessThan(firstForm(parent).length());
    }

    @Test
    void resultsStoredInTheFirstFormAreStillRead() {
        for (EnterpriseAssessment result : results()) {
            assertThat(StoredResults.read(firstForm(result))).isEqualTo(result);
        }
    }

    @Test
    void inconsistentStoredContributionsAreRefused() {
        String json = StoredResults.write(results().get(0)).replaceFirst("\"relations\":\"O", "\"relations\":\"");
        assertThatThrownBy(() -> StoredResults.read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inconsistent");
    }

    /** The form written before contributions were compact: the record as Jackson writes it. */
    private static String firstForm(EnterpriseAssessment result) {
        return JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build().writeValueAsString(result);
    }
}
