package eu.nis2assessor.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.domain.assessment.EntityProfile;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void profileCommandRequiresAProfile() {
        assertThatThrownBy(() -> new AssessProfileCommand(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("profile: is required");
    }

    @Test
    void profileCommandKeepsItsProfile() {
        EntityProfile profile = new EntityProfile("Nimbus", List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)),
                SizeFigures.of("180", "62000000", "38000000"), null, null, true, List.of(), Set.of());
        assertThat(new AssessProfileCommand(profile).profile()).isSameAs(profile);
    }

    @Test
    void groupCommandRequiresAStructure() {
        assertThatThrownBy(() -> new AssessGroupStructureCommand(null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("structure: is required");
    }

    @Test
    void groupCommandKeepsItsStructure() {
        GroupStructure structure = new GroupStructure(List.of(Enterprise.of("A", SizeFigures.of("1", "1", "1"))),
                List.of(), null);
        assertThat(new AssessGroupStructureCommand(structure).structure()).isSameAs(structure);
    }
}
