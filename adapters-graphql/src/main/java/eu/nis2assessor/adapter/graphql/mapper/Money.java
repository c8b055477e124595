package eu.nis2assessor.adapter.graphql.mapper;

import java.math.BigDecimal;

/** GraphQL {@code Money}: the domain keeps amounts as {@link BigDecimal} in EUR; the API names the currency. */
public record Money(BigDecimal amount, String currency) {

    public static final String EUR = "EUR";

    /** {@code null} for a {@code null} amount (an unknown balance sheet total). */
    public static Money eur(BigDecimal amount) {
        return amount == null ? null : new Money(amount, EUR);
    }
}
