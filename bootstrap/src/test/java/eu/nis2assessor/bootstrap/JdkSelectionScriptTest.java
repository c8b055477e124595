package eu.nis2assessor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/select-jdk.sh, which ./nis2 and .ci/run source: keeps a JDK >= 21 it is given, and fails with one
 * line saying what to install when it finds none (the usual JVM folders replaced by an empty one).
 */
class JdkSelectionScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "select-jdk.sh").toAbsolutePath().normalize();

    private record Result(int exitCode, String output) {
    }

    private static Result select(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c",
                ". \"$0\" && nis2_select_jdk && echo \"JAVA_HOME=$JAVA_HOME\"", SCRIPT.toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheGivenJdkWhenItIsRecentEnough(@TempDir Path empty) throws Exception {
        String javaHome = System.getProperty("java.home");
        Result result = select(Map.of("PATH", "/usr/bin:/bin", "HOME", empty.toString(), "JAVA_HOME", javaHome,
                "NIS2_JDK_SEARCH_DIRS", empty + "/*"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().trim()).isEqualTo("JAVA_HOME=" + javaHome);
    }

    @Test
    void failsWithOneLineWhenNoJdk21Exists(@TempDir Path empty) throws Exception {
        Path fakeJdk = empty.resolve("fake-jdk-17");
        Files.createDirectories(fakeJdk.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = fakeJdk.resolve("bin").resolve(tool);
            Files.writeString(file, "#!/bin/sh\necho '    java.specification.version = 17' >&2\n");
            file.toFile().setExecutable(true);
        }
        Result result = select(Map.of("PATH", fakeJdk.resolve("bin") + ":/bin", "HOME", empty.toString(),
                "JAVA_HOME", fakeJdk.toString(), "NIS2_JDK_SEARCH_DIRS", empty + "/nothing-here/*"));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output().lines()).hasSize(1);
        assertThat(result.output()).contains("needs a JDK 21 or newer").contains("install");
    }
}
