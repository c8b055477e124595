package eu.nis2assessor.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.bootstrap.Nis2AssessorApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An unreachable NIS2_DB_URL at startup, in a JVM of its own (the real main method, the test classpath):
 * one log line naming the URL and the cause, no password, no stack frames, a non-zero exit code.
 */
class UnreachableDatabaseTest {

    @Test
    void startupFailsWithOneClearLine() throws IOException, InterruptedException {
        String url = "jdbc:postgresql://127.0.0.1:1/none";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Nis2AssessorApplication.class.getName(), "--nis2.db.selection=main", "--server.port=0")
                .redirectErrorStream(true);
        builder.environment().put("NIS2_DB_URL", url);
        builder.environment().put("NIS2_DB_USER", "nis2");
        builder.environment().put("NIS2_DB_PASSWORD", "s3cret-Passw0rd");
        Process process = builder.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(exited).as("the JVM exits by itself; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        List<String> errorLines = output.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertThat(errorLines).as(output).hasSize(1);
        assertThat(errorLines.getFirst()).contains(url).contains("Connection refused").contains("NIS2_DB_URL");
        assertThat(output).doesNotContain("s3cret-Passw0rd").doesNotContain("\tat ").doesNotContain("Caused by");
    }
}
