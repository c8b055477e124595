package eu.nis2assessor.application.port.in;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * All reads of the Art 20 register that one level of a GraphQL query asks for, answered together in ONE read-only
 * transaction of the caller's tenant: one statement per kind of read (approvals: two, with their approvers; the Art 20
 * view: one more for the latest classes), whatever the number of keys. Reads of the same entities share their
 * statements (the view reuses the members and approvals read for {@code managementBody} and {@code approvals}).
 */
public interface Art20BatchQuery {

    /** What is read, and the type of its answer. */
    enum Read {
        /** All members of a legal entity's body, present and former ({@code List<ManagementBodyMember>}). */
        MEMBERS_OF_ENTITY,
        /** A legal entity's approvals, newest first ({@code List<Approval>}). */
        APPROVALS_OF_ENTITY,
        /** A member's trainings, newest first ({@code List<Training>}). */
        TRAININGS_OF_MEMBER,
        /** One member by id ({@code ManagementBodyMember}). */
        MEMBER,
        /** The Art 20 view of a legal entity on {@code asOf} ({@code ManagementAccountability}). */
        ACCOUNTABILITY
    }

    /** One read: of which entity or member, and for {@link Read#ACCOUNTABILITY} the day. */
    record ReadKey(Read read, UUID id, LocalDate asOf) {

        public ReadKey {
            Objects.requireNonNull(read, "read");
            Objects.requireNonNull(id, "id");
            if ((read == Read.ACCOUNTABILITY) != (asOf != null)) {
                throw new IllegalArgumentException("asOf goes with ACCOUNTABILITY and only with it");
            }
        }

        public static ReadKey of(Read read, UUID id) {
            return new ReadKey(read, id, null);
        }

        public static ReadKey accountability(UUID legalEntityId, LocalDate asOf) {
            return new ReadKey(Read.ACCOUNTABILITY, legalEntityId, asOf);
        }
    }

    /**
     * @return per key its answer (see {@link Read}); lists are empty when there is nothing; a {@link Read#MEMBER} of
     *         an unknown or foreign id and an {@link Read#ACCOUNTABILITY} of an entity not in scope (see
     *         {@link ManagementAccountabilityQuery}) are absent
     */
    Map<ReadKey, Object> read(Collection<ReadKey> keys);
}
