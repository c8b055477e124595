package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;

/** Training followed by a member of the management body (NIS2 Art 20(2)). */
public record MemberTraining(String memberId, LocalDate completedOn, String provider, String topic) {

    public MemberTraining {
        Check.required(memberId, "memberId");
        Check.required(completedOn, "completedOn");
    }
}
