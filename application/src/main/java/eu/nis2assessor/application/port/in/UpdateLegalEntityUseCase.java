package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.LegalEntityView;

/** {@code updateLegalEntity}: CONFLICT on a stale version, DUPLICATE on a key already used in the group. */
public interface UpdateLegalEntityUseCase {

    LegalEntityView updateLegalEntity(UpdateLegalEntityCommand command);
}
