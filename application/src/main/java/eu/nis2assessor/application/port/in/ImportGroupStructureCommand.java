package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Stores a validated group structure in a group.
 *
 * @param periodEnd last day of the period of the enterprises' figures; the previous figures end one year earlier
 */
public record ImportGroupStructureCommand(UUID groupId, GroupStructure structure, LocalDate periodEnd) {

    public ImportGroupStructureCommand {
        Objects.requireNonNull(groupId, "groupId");
        Check.required(structure, "structure");
        Check.required(periodEnd, "periodEnd");
    }
}
