package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.port.in.AssessProfileCommand;
import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.EntityProfile;
import eu.nis2assessor.domain.assessment.ProfileAssessor;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.supervision.SupervisionRegime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessProfileServiceTest {

    private final AssessProfileService service = new AssessProfileService(new ProfileAssessor());

    @Test
    void mediumCloudProviderIsImportantNotEssential() {
        // nis2-rules.md §4.7 Ex. 1: 180 AWU, EUR 62 m turnover, EUR 38 m balance sheet.
        Assessment result = service.assess(command(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER, "180", "62000000", "38000000"));

        assertThat(result.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(result.entityClass()).isEqualTo(EntityClass.IMPORTANT);
        assertThat(result.supervision().regime()).isEqualTo(SupervisionRegime.EX_POST);
        assertThat(result.fineExposure()).isNotNull();
        assertThat(result.reasoning()).isNotEmpty();
        assertThat(result.rulesVersion()).isEqualTo(RulesVersion.CURRENT);
    }

    @Test
    void smallFoodBusinessIsOutOfScope() {
        Assessment result = service.assess(command(EntityType.FOOD_BUSINESS, "35", "9500000", "14000000"));

        assertThat(result.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(result.entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
        assertThat(result.fineExposure()).isNull();
    }

    @Test
    void refusesANullCommand() {
        assertThatThrownBy(() -> service.assess(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void needsAnAssessor() {
        assertThatThrownBy(() -> new AssessProfileService(null)).isInstanceOf(NullPointerException.class);
    }

    private static AssessProfileCommand command(EntityType type, String awu, String turnover, String balance) {
        return new AssessProfileCommand(new EntityProfile(null, List.of(Activity.of(type)),
                SizeFigures.of(awu, turnover, balance), null, null, true, List.of(), Set.of()));
    }
}
