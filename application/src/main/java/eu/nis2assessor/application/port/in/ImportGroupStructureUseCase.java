package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.GroupView;

/** {@code importGroupStructure}: upsert by enterprise key in one transaction. */
public interface ImportGroupStructureUseCase {

    /** What an import did. */
    record ImportResult(GroupView group, int createdEntities, int updatedEntities) {
    }

    ImportResult importGroupStructure(ImportGroupStructureCommand command);
}
