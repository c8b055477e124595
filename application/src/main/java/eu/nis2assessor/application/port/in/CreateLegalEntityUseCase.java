package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.LegalEntityView;

/** {@code createLegalEntity}: refused with DUPLICATE when the key is already used in the group. */
public interface CreateLegalEntityUseCase {

    LegalEntityView createLegalEntity(CreateLegalEntityCommand command);
}
