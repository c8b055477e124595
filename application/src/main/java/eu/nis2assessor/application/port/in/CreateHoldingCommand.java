package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.group.Holding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A new holding; its values are checked by the domain's {@link Holding} rules (percentages, not self-held, ...). */
public record CreateHoldingCommand(UUID ownerId, UUID ownedId, BigDecimal capitalPercent, BigDecimal votingPercent,
                                   Set<ControlRight> controlRights, BigDecimal investedAmount, LocalDate validFrom) {

    public CreateHoldingCommand {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownedId, "ownedId");
        controlRights = controlRights == null ? Set.of() : Set.copyOf(controlRights);
        Holding checked = new Holding(ownerId.toString(), ownedId.toString(), capitalPercent, votingPercent,
                controlRights, investedAmount);
        Objects.requireNonNull(checked);
    }
}
