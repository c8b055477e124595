package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Record training followed by a member of the management body (NIS2 Art 20(2)).
 *
 * @param memberId    the member
 * @param completedOn the day it was completed (required)
 * @param provider    who gave it (required)
 * @param topic       what it covered (required)
 */
public record RecordTrainingCommand(UUID memberId, LocalDate completedOn, String provider, String topic) {

    public RecordTrainingCommand {
        Check.required(memberId, "memberId");
        Check.required(completedOn, "completedOn");
        if (provider == null || provider.isBlank()) {
            throw InvalidInputException.of("provider", "is required");
        }
        if (topic == null || topic.isBlank()) {
            throw InvalidInputException.of("topic", "is required");
        }
    }
}
