package eu.nis2assessor.bootstrap.config;

import eu.nis2assessor.bootstrap.db.DatabaseInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Two lines once the service is ready: which database it uses and where GraphiQL is (or that it is off). */
@Component
public class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        log.info("Database: {}", env.getProperty(DatabaseInitializer.DESCRIPTION, "as configured by spring.datasource.*"));
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String host = env.getProperty("server.address", "localhost");
            String contextPath = env.getProperty("server.servlet.context-path", "");
            String api = contextPath + env.getProperty("spring.graphql.http.path", "/graphql");
            if (env.getProperty("nis2.graphiql.enabled", Boolean.class, true)) {
                log.info("GraphiQL: http://{}:{}{}/graphiql (API: POST {})", host, web.getWebServer().getPort(),
                        contextPath, api);
            } else {
                log.info("GraphiQL: disabled (nis2.graphiql.enabled); API: POST http://{}:{}{}", host,
                        web.getWebServer().getPort(), api);
            }
        }
    }
}
