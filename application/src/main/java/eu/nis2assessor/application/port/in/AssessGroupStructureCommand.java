package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.validation.InvalidInputException;

/**
 * Assess every enterprise of a group structure, statelessly (a what-if: nothing is stored).
 *
 * @param structure the enterprises and holdings; {@link GroupStructure} has already checked keys, percentages
 *                  and sums, so a command always carries a consistent structure
 * @throws InvalidInputException {@code structure: is required} when {@code structure} is {@code null}
 */
public record AssessGroupStructureCommand(GroupStructure structure) {

    public AssessGroupStructureCommand {
        if (structure == null) {
            throw InvalidInputException.of("structure", "is required");
        }
    }
}
