package eu.nis2assessor.adapter.persistence.mapper;

import eu.nis2assessor.adapter.persistence.entity.ApprovalEntity;
import eu.nis2assessor.adapter.persistence.entity.ManagementBodyMemberEntity;
import eu.nis2assessor.adapter.persistence.entity.TrainingEntity;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import java.util.List;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Art 20 register: JPA entities to and from the domain's records (MapStruct generates the code). */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface Art20RegisterMapper {

    ManagementBodyMember toDomain(ManagementBodyMemberEntity entity);

    @Mapping(target = "tenantId", source = "tenantId")
    @Mapping(target = "updatedAt", ignore = true)
    ManagementBodyMemberEntity toEntity(ManagementBodyMember member, UUID tenantId);

    /** Copies what a member update may change (not id, entity, tenant or version: JPA owns the version). */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "legalEntityId", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void update(@MappingTarget ManagementBodyMemberEntity entity, ManagementBodyMember member);

    Approval toDomain(ApprovalEntity entity, List<UUID> approverIds);

    @Mapping(target = "tenantId", source = "tenantId")
    ApprovalEntity toEntity(Approval approval, UUID tenantId);

    Training toDomain(TrainingEntity entity);

    @Mapping(target = "tenantId", source = "tenantId")
    TrainingEntity toEntity(Training training, UUID tenantId);
}
