package eu.nis2assessor.adapter.graphql.execution;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How graphql-java executes requests: documents are parsed and validated once per distinct text. */
@Configuration(proxyBeanMethods = false)
public class GraphQlExecutionConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer() {
        ParsedDocumentCache cache = new ParsedDocumentCache();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }
}
