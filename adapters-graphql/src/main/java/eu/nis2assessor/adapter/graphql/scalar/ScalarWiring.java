package eu.nis2assessor.adapter.graphql.scalar;

import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** Registers the schema's custom scalars with graphql-java. */
@Component
public class ScalarWiring implements RuntimeWiringConfigurer {

    /** {@code scalar Decimal}: see {@link DecimalCoercing}. */
    public static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
            .name("Decimal")
            .description("""
                    An exact decimal number, serialised as a JSON string in plain notation without trailing zeros
                    (`"10000000"`, `"249.5"`). On input a JSON number or a string is accepted (`249.5` or `"249.5"`);
                    at most 30 digits before and 20 after the decimal point. Used for money amounts, headcounts in annual
                    work units and percentages: never rounded through a floating-point type.""")
            .coercing(new DecimalCoercing())
            .build();

    /** {@code scalar DateTime}: see {@link DateTimeCoercing}. */
    public static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("A point in time, RFC 3339 with an offset (`2025-03-11T15:30:00+01:00`); always returned in UTC"
                    + " (`2025-03-11T14:30:00Z`).")
            .coercing(new DateTimeCoercing())
            .build();

    /** {@code scalar Date}: see {@link DateCoercing}. */
    public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date without time or zone, ISO 8601 (`2025-12-31`).")
            .coercing(new DateCoercing())
            .build();

    /** {@code scalar CountryCode}: see {@link CountryCodeCoercing}. */
    public static final GraphQLScalarType COUNTRY_CODE = GraphQLScalarType.newScalar()
            .name("CountryCode")
            .description("A country, ISO 3166-1 alpha-2 in upper case (`DE`, `FR`; Greece is `GR`).")
            .coercing(new CountryCodeCoercing())
            .build();

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.scalar(DECIMAL);
        builder.scalar(DATE_TIME);
        builder.scalar(DATE);
        builder.scalar(COUNTRY_CODE);
    }
}
