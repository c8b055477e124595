package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.GroupView;

/** {@code createGroup}: a new, empty group of the current tenant. */
public interface CreateGroupUseCase {

    GroupView createGroup(CreateGroupCommand command);
}
