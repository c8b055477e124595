package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.group.ControlRight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A stored holding, valid on day d when {@code (validFrom == null || validFrom <= d) && (validTo == null || d < validTo)}
 * (source object of the GraphQL type {@code Holding}).
 */
public record HoldingView(UUID id, UUID groupId, UUID ownerId, UUID ownedId, BigDecimal capitalPercent,
                          BigDecimal votingPercent, Set<ControlRight> controlRights, BigDecimal investedAmount,
                          LocalDate validFrom, LocalDate validTo, long version) {

    public HoldingView {
        Objects.requireNonNull(id, "id");
        controlRights = controlRights == null ? Set.of() : Set.copyOf(controlRights);
    }

    /** Whether the holding is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || day.isBefore(validTo));
    }
}
