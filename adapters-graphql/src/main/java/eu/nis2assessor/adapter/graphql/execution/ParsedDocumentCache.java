package eu.nis2assessor.adapter.graphql.execution;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps parsed and validated GraphQL documents by their text, so that a client sending the same query again (the
 * normal case: variables change, the document does not) skips parsing and validation. Parsing and validating a
 * document with a full {@code Assessment} selection costs about as much as executing it.
 *
 * <p>Bounded: documents longer than {@value #MAX_CACHED_LENGTH} characters (typically queries with their data
 * inlined) are never kept, and the cache is emptied when it reaches {@value #MAX_ENTRIES} documents, so a client
 * sending ever new documents cannot grow it. Validation does not depend on variables, so an entry is valid for
 * every execution of the same text; the schema is fixed for the life of the process.
 *
 * <p>Only documents that parsed and validated are kept: a failed entry would be answered again from here without
 * passing through the instrumentation (whose messages name the abuse limits), and a hostile document must not take a
 * place in the cache. A document refused by the abuse limits never reaches the cache at all (the refusal is thrown
 * out of {@code parseAndValidateFunction}).
 */
public final class ParsedDocumentCache implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 1_000;
    static final int MAX_CACHED_LENGTH = 16_384;

    private final ConcurrentHashMap<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidateFunction) {
        String query = executionInput.getQuery();
        if (query == null || query.length() > MAX_CACHED_LENGTH) {
            return CompletableFuture.completedFuture(parseAndValidateFunction.apply(executionInput));
        }
        PreparsedDocumentEntry cached = entries.get(query);
        if (cached == null) {
            cached = parseAndValidateFunction.apply(executionInput);
            if (cached.hasErrors()) {
                return CompletableFuture.completedFuture(cached);
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(query, cached);
        }
        return CompletableFuture.completedFuture(cached);
    }

    int size() {
        return entries.size();
    }
}
