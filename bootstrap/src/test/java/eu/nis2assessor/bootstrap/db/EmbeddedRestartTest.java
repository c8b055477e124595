package eu.nis2assessor.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.bootstrap.Nis2AssessorApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main run without NIS2_DB_URL: the whole application on an embedded PostgreSQL whose data directory is
 * NIS2_DATA_DIR. Started, a tenant written, stopped (PostgreSQL stops with it), started again on the same
 * directory: the tenant is still there. Also checks the two startup lines (database, GraphiQL).
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedRestartTest {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Nis2AssessorApplication.class).run(
                "--nis2.db.selection=main",
                "--nis2.db.url=",
                "--nis2.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.jmx.enabled=false");
    }

    @Test
    void dataSurvivesARestartOfTheEmbeddedPostgres(@TempDir Path tmp, CapturedOutput output) {
        Path dataDir = tmp.resolve("data");
        UUID id = UUID.randomUUID();
        int firstPort;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            EmbeddedPostgresServer server = first.getBean(EmbeddedPostgresServer.class);
            firstPort = server.port();
            assertThat(server.dataDirectory()).isEqualTo(dataDir.toAbsolutePath().normalize());
            first.getBean(TenantRepository.class).saveAndFlush(new TenantEntity(id, "Survives restarts GmbH"));
            // A second instance on the same data directory is refused with one clear message.
            assertThatThrownBy(() -> start(dataDir))
                    .isInstanceOf(DatabaseUnreachableException.class)
                    .hasMessageStartingWith("Cannot start the embedded PostgreSQL 17 at " + dataDir.toAbsolutePath().normalize())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
        assertThat(Jdbc.answers("jdbc:postgresql://localhost:" + firstPort + "/postgres", "postgres", "", 2))
                .as("the embedded PostgreSQL stops with the application").isFalse();
        assertThat(dataDir.resolve("PG_VERSION")).as("the data directory is kept").exists();
        assertThat(output.getOut()).contains("Database: embedded PostgreSQL 17 at " + dataDir.toAbsolutePath().normalize())
                .contains("GraphiQL: http://localhost:");

        try (ConfigurableApplicationContext second = start(dataDir)) {
            TenantEntity tenant = second.getBean(TenantRepository.class).findById(id).orElseThrow();
            assertThat(tenant.getName()).isEqualTo("Survives restarts GmbH");
            assertThat(tenant.getCreatedAt()).isNotNull();
        }
        assertThat(Files.isDirectory(dataDir)).isTrue();
    }
}
