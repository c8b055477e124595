package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Cybersecurity training followed by a member of the management body, as kept in the Art 20 register
 * (NIS2 Art 20(2)). Evidence of a past event: recorded once, never changed.
 *
 * @param id            the stored training's id
 * @param legalEntityId the legal entity of the member (the member's entity, kept for loading per entity)
 * @param memberId      the member who followed it
 * @param completedOn   the day it was completed
 * @param provider      who gave it (e.g. an institute, an in-house programme)
 * @param topic         what it covered
 */
public record Training(UUID id, UUID legalEntityId, UUID memberId, LocalDate completedOn, String provider,
                       String topic) {

    public Training {
        Check.required(id, "id");
        Check.required(legalEntityId, "legalEntityId");
        Check.required(memberId, "memberId");
        Check.required(completedOn, "completedOn");
        provider = RegisterText.required(provider, "provider");
        topic = RegisterText.required(topic, "topic");
    }

    /** The training as the {@link AccountabilityGapPolicy} sees it (the member id as text). */
    public MemberTraining toMemberTraining() {
        return new MemberTraining(memberId.toString(), completedOn, provider, topic);
    }
}
