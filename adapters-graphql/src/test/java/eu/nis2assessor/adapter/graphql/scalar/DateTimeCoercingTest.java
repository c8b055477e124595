package eu.nis2assessor.adapter.graphql.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.schema.CoercingParseValueException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimeCoercingTest {

    private final DateTimeCoercing coercing = new DateTimeCoercing();
    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void outputIsUtc() {
        OffsetDateTime paris = OffsetDateTime.of(2025, 3, 11, 15, 30, 0, 0, ZoneOffset.ofHours(1));
        assertThat(coercing.serialize(paris, context, Locale.ROOT)).isEqualTo("2025-03-11T14:30:00Z");
        assertThat(coercing.serialize(Instant.parse("2025-03-11T14:30:00.123456789Z"), context, Locale.ROOT))
                .isEqualTo("2025-03-11T14:30:00.123456Z");
    }

    @Test
    void inputNeedsAnOffsetAndIsReadAsUtc() {
        assertThat(coercing.parseValue("2025-03-11T15:30:00+01:00", context, Locale.ROOT))
                .isEqualTo(OffsetDateTime.of(2025, 3, 11, 14, 30, 0, 0, ZoneOffset.UTC));
        assertThatThrownBy(() -> coercing.parseValue("2025-03-11T15:30:00", context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("RFC 3339");
        assertThatThrownBy(() -> coercing.parseValue(12, context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
    }
}
