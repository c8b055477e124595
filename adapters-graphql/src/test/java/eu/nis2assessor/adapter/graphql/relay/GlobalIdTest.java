package eu.nis2assessor.adapter.graphql.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.error.NotFoundException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdTest {

    private static final UUID ID = UUID.fromString("0b6d2f3e-8a51-4c2f-9d7e-1f2a3b4c5d6e");

    @Test
    void roundTripsTypeAndId() {
        String encoded = GlobalId.encode("Group", ID);
        assertThat(encoded).doesNotContain("Group", "=", "+", "/");
        assertThat(GlobalId.decode(encoded)).isEqualTo(new GlobalId("Group", ID));
        assertThat(GlobalId.decode(encoded, "Group")).isEqualTo(ID);
    }

    @Test
    void anIdOfAnotherTypeIsNotFoundUnderTheExpectedType() {
        String entityId = GlobalId.encode("LegalEntity", ID);
        assertThatThrownBy(() -> GlobalId.decode(entityId, "Group"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Group " + entityId + " not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64 !", "R3JvdXA", "R3JvdXA6bm90LWEtdXVpZA", "OjBiNmQyZjNlLThhNTEtNGMyZi05ZDdlLTFmMmEzYjRjNWQ2ZQ"})
    void anythingElseIsNotFound(String value) {
        assertThatThrownBy(() -> GlobalId.decode(value)).isInstanceOf(NotFoundException.class);
    }
}
