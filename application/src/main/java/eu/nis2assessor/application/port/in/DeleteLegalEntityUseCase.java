package eu.nis2assessor.application.port.in;

import java.util.UUID;

/** {@code deleteLegalEntity}: IN_USE while holdings, consolidated accounts or assessments refer to the entity. */
public interface DeleteLegalEntityUseCase {

    /** @return the id of the entity deleted */
    UUID deleteLegalEntity(DeleteLegalEntityCommand command);
}
