package eu.nis2assessor.adapter.graphql.execution;

import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;

/**
 * How requests are read and executed: JSON numbers are read as exact decimals (so that {@code Decimal} input sent
 * as a number keeps every digit, as a string does), documents are parsed and validated once per distinct text, and the
 * instrumentations run in a chain that skips the per-field hooks none of them implements.
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

    /**
     * The instrumentation beans, in the order Spring Boot gives them to graphql-java, in a
     * {@link SelectiveInstrumentationChain} instead of Spring GraphQL's plain {@code ChainedInstrumentation} (which
     * this replaces: the GraphQL builder's configurers run after the chain is set).
     */
    @Bean
    GraphQlSourceBuilderCustomizer selectiveInstrumentationChainCustomizer(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> {
            List<Instrumentation> chained = instrumentations.orderedStream().toList();
            if (!chained.isEmpty()) {
                graphQl.instrumentation(new SelectiveInstrumentationChain(chained));
            }
        });
    }
}
