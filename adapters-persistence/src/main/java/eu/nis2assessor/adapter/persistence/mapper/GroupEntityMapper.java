package eu.nis2assessor.adapter.persistence.mapper;

import eu.nis2assessor.adapter.persistence.entity.FinancialYearEntity;
import eu.nis2assessor.adapter.persistence.entity.GroupEntity;
import eu.nis2assessor.adapter.persistence.entity.HoldingEntity;
import eu.nis2assessor.adapter.persistence.entity.LegalEntityEntity;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.domain.size.SizeFigures;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/**
 * MapStruct mapping between the JPA entities of stored groups and the application's read models. JSONB columns go
 * through {@link JsonColumns}; enums are stored by name.
 */
@Mapper(componentModel = "spring", uses = JsonColumns.class)
public interface GroupEntityMapper {

    @Mapping(target = "sameOrAdjacentMarkets", qualifiedByName = "marketsFromJson")
    GroupView toView(GroupEntity entity);

    @Mapping(target = "key", source = "externalKey")
    @Mapping(target = "activities", qualifiedByName = "activitiesFromJson")
    @Mapping(target = "identifications", qualifiedByName = "identificationsFromJson")
    @Mapping(target = "exclusions", qualifiedByName = "exclusionsFromJson")
    LegalEntityView toView(LegalEntityEntity entity);

    /** Copies the changeable values of {@code view} onto the managed entity (id, tenant, group, version untouched). */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "groupId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "externalKey", source = "key")
    @Mapping(target = "activities", qualifiedByName = "activitiesToJson")
    @Mapping(target = "identifications", qualifiedByName = "identificationsToJson")
    @Mapping(target = "exclusions", qualifiedByName = "exclusionsToJson")
    void update(LegalEntityView view, @MappingTarget LegalEntityEntity entity);

    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "externalKey", source = "key")
    @Mapping(target = "activities", qualifiedByName = "activitiesToJson")
    @Mapping(target = "identifications", qualifiedByName = "identificationsToJson")
    @Mapping(target = "exclusions", qualifiedByName = "exclusionsToJson")
    LegalEntityEntity toEntity(LegalEntityView view);

    @Mapping(target = "controlRights", qualifiedByName = "controlRightsFromJson")
    HoldingView toView(HoldingEntity entity);

    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "controlRights", qualifiedByName = "controlRightsToJson")
    HoldingEntity toEntity(HoldingView view);

    /** The year with the ids of the entities its consolidated accounts include. */
    default FinancialYearView toView(FinancialYearEntity e, List<UUID> includedEntityIds) {
        FinancialYearView.Consolidated consolidated = e.getConsolidatedHeadcount() == null ? null
                : new FinancialYearView.Consolidated(new SizeFigures(e.getConsolidatedHeadcount(),
                e.getConsolidatedAnnualTurnover(), e.getConsolidatedBalanceSheetTotal()),
                e.getConsolidatedPreviousHeadcount() == null ? null : new SizeFigures(e.getConsolidatedPreviousHeadcount(),
                e.getConsolidatedPreviousAnnualTurnover(), e.getConsolidatedPreviousBalanceSheetTotal()), includedEntityIds);
        return new FinancialYearView(e.getId(), e.getLegalEntityId(), e.getPeriodEnd(),
                new SizeFigures(e.getHeadcount(), e.getAnnualTurnover(), e.getBalanceSheetTotal()), e.isApproved(),
                consolidated, e.getVersion());
    }

    /** Copies figures, approval and consolidated figures of {@code view} onto the entity. */
    default void update(FinancialYearView view, @MappingTarget FinancialYearEntity e) {
        e.setHeadcount(view.figures().headcount());
        e.setAnnualTurnover(view.figures().annualTurnover());
        e.setBalanceSheetTotal(view.figures().balanceSheetTotal());
        e.setApproved(view.approved());
        SizeFigures c = view.consolidatedAccounts() == null ? null : view.consolidatedAccounts().figures();
        e.setConsolidatedHeadcount(c == null ? null : c.headcount());
        e.setConsolidatedAnnualTurnover(c == null ? null : c.annualTurnover());
        e.setConsolidatedBalanceSheetTotal(c == null ? null : c.balanceSheetTotal());
        SizeFigures p = view.consolidatedAccounts() == null ? null : view.consolidatedAccounts().previousFigures();
        e.setConsolidatedPreviousHeadcount(p == null ? null : p.headcount());
        e.setConsolidatedPreviousAnnualTurnover(p == null ? null : p.annualTurnover());
        e.setConsolidatedPreviousBalanceSheetTotal(p == null ? null : p.balanceSheetTotal());
    }
}
