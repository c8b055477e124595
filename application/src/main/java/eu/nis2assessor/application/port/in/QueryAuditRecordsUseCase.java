package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.AuditRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the caller's tenant's audit log (scope {@code tokens:admin}, i.e. admins). Nothing can change it. */
public interface QueryAuditRecordsUseCase {

    List<AuditRecord> list(int limit, long afterSequence);

    Optional<AuditRecord> find(UUID id);
}
