package eu.nis2assessor.adapter.graphql.execution;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * How requests are read and executed: JSON numbers are read as exact decimals (so that {@code Decimal} input sent
 * as a number keeps every digit, as a string does), and documents are parsed and validated once per distinct text.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlExecutionConfiguration {

    /**
     * JSON numbers with a fraction are read as {@link java.math.BigDecimal}, not {@code double}: without it
     * {@code 12345678901234567.891} would reach the {@code Decimal} scalar already rounded to
     * {@code 12345678901234568}. Applies to the application's JSON mapper, which also reads GraphQL requests.
     */
    @Bean
    JsonMapperBuilderCustomizer exactJsonNumbers() {
        return builder -> builder.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
        ParsedDocumentCache cache = new ParsedDocumentCache();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }
}
