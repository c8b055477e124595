package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.bootstrap.Nis2AssessorApplication;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * First start, in JVMs of their own (the real main method, the test classpath, a fresh test schema each): a
 * malformed {@code NIS2_BOOTSTRAP_TOKEN} stops the start with one clear line and a non-zero exit code; without one,
 * an admin token is generated and printed once.
 */
class BootstrapTokenStartupTest {

    private static Process start(String bootstrapToken) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Nis2AssessorApplication.class.getName(), "--nis2.db.selection=test", "--server.port=0",
                "--spring.jmx.enabled=false").redirectErrorStream(true);
        builder.environment().put("NIS2_BOOTSTRAP_TOKEN", bootstrapToken);
        return builder.start();
    }

    @Test
    void aMalformedBootstrapTokenStopsTheStartWithOneLine() throws IOException, InterruptedException {
        String malformed = "nis2_TestSuiteDefaultAdminToken0000010Mgq0X";
        Process process = start(malformed);
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(exited).as("the JVM exits by itself; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as(output).isNotZero();
        List<String> errorLines = output.lines().filter(line -> line.contains(" ERROR ")).toList();
        assertThat(errorLines).as(output).hasSize(1);
        assertThat(errorLines.getFirst()).contains("NIS2_BOOTSTRAP_TOKEN is not a well-formed API token (wrong checksum)");
        assertThat(output).doesNotContain(malformed.substring(9)).doesNotContain("\tat ").doesNotContain("Caused by");
    }

    @Test
    void withoutABootstrapTokenOneIsGeneratedAndPrintedOnce() throws IOException, InterruptedException {
        Process process = start("");
        StringBuilder output = new StringBuilder();
        String token = null;
        Pattern line = Pattern.compile("Authorization: Bearer (nis2_[0-9A-Za-z]{38})");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            String text;
            while (System.nanoTime() < deadline && (text = reader.readLine()) != null) {
                output.append(text).append('\n');
                Matcher matcher = line.matcher(text);
                if (matcher.find()) {
                    token = matcher.group(1);
                }
                if (text.contains("Started Nis2AssessorApplication")) {
                    break;
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(token).as(output.toString()).isNotNull();
        assertThat(ApiTokenFormat.isWellFormed(token)).isTrue();
        assertThat(output.toString().split(token, -1)).as("printed exactly once").hasSize(2);
        assertThat(output.toString()).contains("First start: created an admin API token with every scope");
    }
}
