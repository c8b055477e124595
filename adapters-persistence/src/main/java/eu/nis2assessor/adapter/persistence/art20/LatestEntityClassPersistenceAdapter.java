package eu.nis2assessor.adapter.persistence.art20;

import eu.nis2assessor.application.port.out.LatestEntityClassPort;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link LatestEntityClassPort} over the stored group assessments (V2): one statement for any number of entities,
 * the latest run (by {@code run_at}, then id) that included each entity. Art 20 applies when the stored result
 * lists management obligations ({@code result.assessment.managementObligations} not empty): the engine leaves them
 * empty when the entity is not in scope and when DORA displaces them.
 */
@Component
public class LatestEntityClassPersistenceAdapter implements LatestEntityClassPort {

    private static final String SQL = """
            select distinct on (e.legal_entity_id)
                   e.legal_entity_id, a.id, a.as_of, e.entity_class,
                   case when jsonb_typeof(e.result -> 'assessment' -> 'managementObligations') = 'array'
                        then jsonb_array_length(e.result -> 'assessment' -> 'managementObligations') > 0
                        else false end
              from group_assessment_entity e
              join group_assessment a on a.id = e.group_assessment_id and a.tenant_id = e.tenant_id
             where e.tenant_id = :tenant and e.legal_entity_id in (:ids)
             order by e.legal_entity_id, a.run_at desc, a.id desc
            """;

    private final EntityManager entityManager;

    public LatestEntityClassPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<UUID, LatestClass> latestClasses(TenantId tenant, Collection<UUID> legalEntityIds) {
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SQL)
                .setParameter("tenant", tenant.value())
                .setParameter("ids", legalEntityIds)
                .getResultList();
        Map<UUID, LatestClass> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new LatestClass((UUID) row[1], toDate(row[2]),
                    row[3] == null ? null : EntityClass.valueOf(row[3].toString()), Boolean.TRUE.equals(row[4])));
        }
        return result;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
