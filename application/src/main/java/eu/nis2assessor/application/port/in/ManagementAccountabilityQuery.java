package eu.nis2assessor.application.port.in;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * NIS2 Art 20 view (issue 5, point 3): for each legal entity that the latest group assessment of its group found
 * essential or important (and whose management duties NIS2 Art 20 governs, i.e. not displaced by DORA), the
 * register read on a day, with the gaps found by the domain's policy. Batched: two statements for any number of
 * entities.
 */
public interface ManagementAccountabilityQuery {

    /**
     * @param legalEntityIds the entities (of the caller's tenant; others are absent from the answer)
     * @param asOf           the day the register is read on
     * @return per entity in scope the view; entities not in scope, not yet assessed, or governed by DORA are absent
     */
    Map<UUID, ManagementAccountability> accountabilityOf(Collection<UUID> legalEntityIds, LocalDate asOf);
}
