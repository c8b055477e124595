package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.HoldingView;

/** {@code endHolding}: CONFLICT on a stale version; INVALID when {@code validTo} is not after {@code validFrom}. */
public interface EndHoldingUseCase {

    HoldingView endHolding(EndHoldingCommand command);
}
