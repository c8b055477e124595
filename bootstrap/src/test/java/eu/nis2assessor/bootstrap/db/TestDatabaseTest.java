package eu.nis2assessor.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The three ways a test run finds its database, without depending on what this machine runs: the local
 * server is pointed at a closed port, so the embedded fallback starts; that embedded server then stands in
 * for an explicit NIS2_TEST_DB_URL.
 */
class TestDatabaseTest {

    private static final String CLOSED_PORT = "jdbc:postgresql://127.0.0.1:1/test";

    @Test
    void fallsBackToEmbeddedThenHonoursAnExplicitUrl() throws Exception {
        DatabaseTarget embedded = TestDatabase.choose(new MockEnvironment()
                .withProperty("nis2.test.db.local-url", CLOSED_PORT));
        assertThat(embedded.description()).startsWith("embedded PostgreSQL 17 at ").contains("target");
        String embeddedUrl = (String) embedded.properties().get("spring.datasource.url");
        assertThat(embeddedUrl).contains("currentSchema=nis2_test_");
        try (Connection connection = Jdbc.connect(embeddedUrl, "postgres", "", 5);
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("show server_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getString(1)).startsWith("17.");
        }

        String explicitUrl = embeddedUrl.substring(0, embeddedUrl.indexOf("currentSchema=") - 1);
        DatabaseTarget explicit = TestDatabase.choose(new MockEnvironment()
                .withProperty("nis2.test.db.url", explicitUrl)
                .withProperty("nis2.test.db.user", "postgres")
                .withProperty("nis2.test.db.local-url", CLOSED_PORT));
        assertThat(explicit.description()).contains("(NIS2_TEST_DB_URL)").contains("dropped at the end of the run");
        assertThat(explicit.properties()).containsEntry("spring.flyway.user", "postgres")
                .hasEntrySatisfying("spring.datasource.username", role -> assertThat((String) role).startsWith("nis2_app_"))
                .hasEntrySatisfying("spring.flyway.schemas", schema -> assertThat((String) schema).startsWith("nis2_test_"));
    }

    @Test
    void unreachableExplicitUrlFailsWithOneLine() {
        assertThatThrownBy(() -> TestDatabase.choose(new MockEnvironment().withProperty("nis2.test.db.url", CLOSED_PORT)))
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining(CLOSED_PORT)
                .hasMessageContaining("NIS2_TEST_DB_URL")
                .hasMessageContaining("Connection refused")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
