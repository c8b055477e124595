package eu.nis2assessor.adapter.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final ParsedDocumentCache cache = new ParsedDocumentCache();
    private final AtomicInteger parses = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        Document document = Parser.parse(input.getQuery());
        return new PreparsedDocumentEntry(document);
    };

    @Test
    void parsesTheSameTextOnce() {
        PreparsedDocumentEntry first = cache.getDocumentAsync(input("{ rulesVersion }"), parse).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(input("{ rulesVersion }"), parse).join();
        cache.getDocumentAsync(input("query Other { rulesVersion }"), parse).join();

        assertThat(second).isSameAs(first);
        assertThat(parses).hasValue(2);
    }

    @Test
    void neverKeepsLongDocuments() {
        String longQuery = "{ rulesVersion " + " ".repeat(ParsedDocumentCache.MAX_CACHED_LENGTH) + "}";
        cache.getDocumentAsync(input(longQuery), parse).join();
        cache.getDocumentAsync(input(longQuery), parse).join();

        assertThat(parses).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverKeepsFailedDocuments() {
        Function<ExecutionInput, PreparsedDocumentEntry> failing = input -> {
            parses.incrementAndGet();
            return new PreparsedDocumentEntry(graphql.GraphqlErrorBuilder.newError().message("refused").build());
        };
        cache.getDocumentAsync(input("{ nope }"), failing).join();
        PreparsedDocumentEntry again = cache.getDocumentAsync(input("{ nope }"), failing).join();

        assertThat(again.hasErrors()).isTrue();
        assertThat(parses).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < ParsedDocumentCache.MAX_ENTRIES * 2 + 5; i++) {
            cache.getDocumentAsync(input("query Q" + i + " { rulesVersion }"), parse).join();
        }
        assertThat(cache.size()).isBetween(1, ParsedDocumentCache.MAX_ENTRIES);
    }

    private static ExecutionInput input(String query) {
        return ExecutionInput.newExecutionInput(query).build();
    }
}
