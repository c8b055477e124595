package eu.nis2assessor.bootstrap.testcontainers;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Only with -Ptestcontainers: a PostgreSQL 17 container whose connection details reach the DataSource,
 * Flyway and JPA through {@link ServiceConnection}. Spring Boot starts it with the context and stops it with
 * the JVM; cached contexts share it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresContainerConfiguration {

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }
}
