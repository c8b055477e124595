package eu.nis2assessor.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The nis2-assessor service. Scans bootstrap (wiring, configuration, operations) and the adapters; the
 * application's use cases carry no Spring annotations and are wired in {@code config.UseCaseConfiguration}.
 * The database is chosen by {@code db.DatabaseInitializer} before any bean exists.
 */
@SpringBootApplication(scanBasePackages = {"eu.nis2assessor.bootstrap", "eu.nis2assessor.adapter"})
public class Nis2AssessorApplication {

    public static void main(String[] args) {
        SpringApplication.run(Nis2AssessorApplication.class, args);
    }
}
