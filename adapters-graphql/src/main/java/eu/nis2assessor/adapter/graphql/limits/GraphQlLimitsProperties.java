package eu.nis2assessor.adapter.graphql.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nis2.graphql.*}: the abuse limits of the GraphQL endpoint. Every limit except the timeout refuses a request
 * before anything is executed, with a {@code BAD_REQUEST} error naming the property. The README lists them with their
 * defaults; {@code docs/decisions.md} ("Abuse limits") says why these values.
 *
 * @param maxDepth        deepest nesting of fields in any operation of a document ({@code { a { b } }} is 2)
 * @param maxComplexity   estimated cost of the executed operation (see {@link ComplexityCalculator})
 * @param defaultListSize the size assumed for a list of objects without a {@code first}/{@code last} argument (or
 *                        its schema default), in the complexity estimate
 * @param maxAliases      aliased fields in any operation, fragments expanded
 * @param maxRootFields   fields selected at the root of any operation, fragments expanded
 * @param maxTokens       grammar tokens of a document (graphql-java's parser limit)
 * @param maxWhitespaceTokens whitespace and comment tokens of a document (graphql-java's parser limit)
 * @param maxBodyBytes    bytes of an HTTP request body on the GraphQL endpoint
 * @param timeout         execution time of one request; checked between field fetches
 * @param introspection   whether {@code __schema} and {@code __type} may be queried (and {@code /graphql/schema} is
 *                        served)
 */
@ConfigurationProperties("nis2.graphql")
public record GraphQlLimitsProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("1000000") long maxComplexity,
        @DefaultValue("20") int defaultListSize,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("20") int maxRootFields,
        @DefaultValue("15000") int maxTokens,
        @DefaultValue("200000") int maxWhitespaceTokens,
        @DefaultValue("4194304") long maxBodyBytes,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Introspection introspection) {

    public static final String PREFIX = "nis2.graphql.";

    public GraphQlLimitsProperties {
        positive("max-depth", maxDepth);
        positive("max-complexity", maxComplexity);
        positive("default-list-size", defaultListSize);
        notNegative("max-aliases", maxAliases);
        positive("max-root-fields", maxRootFields);
        positive("max-tokens", maxTokens);
        positive("max-whitespace-tokens", maxWhitespaceTokens);
        positive("max-body-bytes", maxBodyBytes);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(PREFIX + "timeout must be positive, got " + timeout);
        }
        if (introspection == null) {
            introspection = new Introspection(true);
        }
    }

    /** Defaults, for tests and for code that runs without Spring's binding. */
    public static GraphQlLimitsProperties defaults() {
        return new GraphQlLimitsProperties(15, 1_000_000, 20, 30, 20, 15_000, 200_000, 4L * 1024 * 1024,
                Duration.ofSeconds(10), new Introspection(true));
    }

    /** @param enabled {@code nis2.graphql.introspection.enabled}: {@code __schema}/{@code __type} and the schema printer */
    public record Introspection(@DefaultValue("true") boolean enabled) {
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(PREFIX + name + " must be positive, got " + value);
        }
    }

    private static void notNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(PREFIX + name + " must not be negative, got " + value);
        }
    }
}
