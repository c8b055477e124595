package eu.nis2assessor.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class JdbcTest {

    @Test
    void redactsPasswordsInUrls() {
        assertThat(Jdbc.redact("jdbc:postgresql://db:5432/nis2?user=app&password=top-secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/nis2?user=app&password=***&ssl=true");
        assertThat(Jdbc.redact("jdbc:postgresql://app:top-secret@db/nis2")).isEqualTo("jdbc:postgresql://app:***@db/nis2");
        assertThat(Jdbc.redact("jdbc:postgresql://db/nis2")).isEqualTo("jdbc:postgresql://db/nis2");
    }

    @Test
    void causeIsOneLineWithTheRootCauseFirst() {
        SQLException failure = new SQLException("Connection to db:5432 refused.\nCheck the host.",
                new ConnectException("Connection refused"));
        assertThat(Jdbc.causeOf(failure)).isEqualTo("Connection refused / Connection to db:5432 refused. Check the host.");
    }

    @Test
    void unreachableServerIsReportedWithUrlAndCause() {
        assertThatThrownBy(() -> Jdbc.requireReachable("jdbc:postgresql://127.0.0.1:1/x?password=pw", "u", "pw", "NIS2_DB_URL"))
                .isInstanceOf(DatabaseUnreachableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/x?password=***")
                .hasMessageContaining("Connection refused")
                .hasMessageNotContaining("=pw");
    }
}
