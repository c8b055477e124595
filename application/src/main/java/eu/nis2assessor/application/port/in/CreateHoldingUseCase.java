package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.HoldingView;

/** {@code createHolding}: owner and owned must be entities of the same group; a natural person cannot be held. */
public interface CreateHoldingUseCase {

    HoldingView createHolding(CreateHoldingCommand command);
}
