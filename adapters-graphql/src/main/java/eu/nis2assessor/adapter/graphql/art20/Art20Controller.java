package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.art20.Art20Views.AccountabilityView;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.Connection;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.GapView;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.MemberTrainingStatus;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.Art20RegisterQuery;
import eu.nis2assessor.application.port.in.ManagementAccountability;
import eu.nis2assessor.application.port.in.ManagementAccountabilityQuery;
import eu.nis2assessor.domain.accountability.AccountabilityReview;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Reads of the Art 20 register in GraphQL (art20.graphqls). Every parent-to-child edge is batched: the fields with
 * arguments ({@code LegalEntity.managementBody}, {@code approvals}, {@code managementAccountability}) through data
 * loaders registered here, the others with {@code @BatchMapping}; each batch is one use-case call of a few
 * statements, whatever the number of parents.
 */
@Controller
public class Art20Controller {

    static final String MEMBERS_OF_ENTITY = "art20.membersOfEntity";
    static final String APPROVALS_OF_ENTITY = "art20.approvalsOfEntity";
    static final String ACCOUNTABILITY = "art20.accountability";

    private static final Comparator<ManagementBodyMember> BODY_ORDER = Comparator
            .comparing(ManagementBodyMember::appointedOn).thenComparing(ManagementBodyMember::name)
            .thenComparing(ManagementBodyMember::id);

    private final Art20RegisterQuery register;

    /** The key of the {@code managementAccountability} loader: the field's argument is part of the key. */
    record AccountabilityKey(UUID legalEntityId, LocalDate asOf) {
    }

    public Art20Controller(Art20RegisterQuery register, ManagementAccountabilityQuery accountability,
                           BatchLoaderRegistry loaders) {
        this.register = register;
        loaders.<UUID, List<ManagementBodyMember>>forName(MEMBERS_OF_ENTITY)
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> register.membersOf(ids)));
        loaders.<UUID, List<Approval>>forName(APPROVALS_OF_ENTITY)
                .registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> register.approvalsOf(ids)));
        loaders.<AccountabilityKey, AccountabilityView>forName(ACCOUNTABILITY)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> loadAccountability(accountability, keys)));
    }

    // ---- LegalEntity ----

    @SchemaMapping(typeName = "LegalEntity", field = "managementBody")
    public CompletableFuture<Connection<ManagementBodyMember>> managementBody(LegalEntityView entity,
            @Argument LocalDate inOfficeOn, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        DataLoader<UUID, List<ManagementBodyMember>> loader = env.getDataLoader(MEMBERS_OF_ENTITY);
        return loader.load(entity.id()).thenApply(members -> {
            List<ManagementBodyMember> all = members == null ? List.of() : members;
            if (inOfficeOn != null) {
                all = all.stream().filter(m -> m.inOfficeOn(inOfficeOn)).toList();
            }
            return InMemoryPages.page(all, first, after, Art20NodeResolvers.MEMBER, ManagementBodyMember::id);
        });
    }

    @SchemaMapping(typeName = "LegalEntity", field = "approvals")
    public CompletableFuture<Connection<Approval>> approvals(LegalEntityView entity, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        DataLoader<UUID, List<Approval>> loader = env.getDataLoader(APPROVALS_OF_ENTITY);
        return loader.load(entity.id()).thenApply(approvals -> InMemoryPages.page(
                approvals == null ? List.of() : approvals, first, after, Art20NodeResolvers.APPROVAL, Approval::id));
    }

    @SchemaMapping(typeName = "LegalEntity", field = "managementAccountability")
    public CompletableFuture<AccountabilityView> managementAccountability(LegalEntityView entity,
            @Argument LocalDate asOf, DataFetchingEnvironment env) {
        DataLoader<AccountabilityKey, AccountabilityView> loader = env.getDataLoader(ACCOUNTABILITY);
        return loader.load(new AccountabilityKey(entity.id(), asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf));
    }

    // ---- ManagementBodyMember ----

    @SchemaMapping(typeName = "ManagementBodyMember", field = "id")
    public String memberId(ManagementBodyMember member) {
        return GlobalId.encode(Art20NodeResolvers.MEMBER, member.id());
    }

    @SchemaMapping(typeName = "ManagementBodyMember", field = "inOffice")
    public boolean inOffice(ManagementBodyMember member, @Argument LocalDate on) {
        return member.inOfficeOn(on == null ? LocalDate.now(ZoneOffset.UTC) : on);
    }

    @BatchMapping(typeName = "ManagementBodyMember", field = "trainings")
    public Map<ManagementBodyMember, List<Training>> trainings(List<ManagementBodyMember> members) {
        Map<UUID, List<Training>> byMember = register.trainingsOfMembers(ids(members, ManagementBodyMember::id));
        Map<ManagementBodyMember, List<Training>> result = new LinkedHashMap<>();
        members.forEach(m -> result.put(m, byMember.getOrDefault(m.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "ManagementBodyMember", field = "lastTraining")
    public Map<ManagementBodyMember, Training> lastTraining(List<ManagementBodyMember> members) {
        Map<UUID, List<Training>> byMember = register.trainingsOfMembers(ids(members, ManagementBodyMember::id));
        Map<ManagementBodyMember, Training> result = new HashMap<>();
        for (ManagementBodyMember m : members) {
            List<Training> trainings = byMember.getOrDefault(m.id(), List.of());
            if (!trainings.isEmpty()) {
                result.put(m, trainings.getFirst()); // newest first
            }
        }
        return result;
    }

    // ---- Approval ----

    @SchemaMapping(typeName = "Approval", field = "id")
    public String approvalId(Approval approval) {
        return GlobalId.encode(Art20NodeResolvers.APPROVAL, approval.id());
    }

    @BatchMapping(typeName = "Approval", field = "approvedBy")
    public Map<Approval, List<ManagementBodyMember>> approvedBy(List<Approval> approvals) {
        Set<UUID> memberIds = new HashSet<>();
        approvals.forEach(a -> memberIds.addAll(a.approverIds()));
        Map<UUID, ManagementBodyMember> members = register.members(memberIds);
        Map<Approval, List<ManagementBodyMember>> result = new LinkedHashMap<>();
        for (Approval a : approvals) {
            result.put(a, a.approverIds().stream().map(members::get).filter(m -> m != null).sorted(BODY_ORDER).toList());
        }
        return result;
    }

    // ---- Training ----

    @SchemaMapping(typeName = "Training", field = "id")
    public String trainingId(Training training) {
        return GlobalId.encode(Art20NodeResolvers.TRAINING, training.id());
    }

    @BatchMapping(typeName = "Training", field = "member")
    public Map<Training, ManagementBodyMember> member(List<Training> trainings) {
        Map<UUID, ManagementBodyMember> members = register.members(ids(trainings, Training::memberId));
        Map<Training, ManagementBodyMember> result = new HashMap<>();
        trainings.forEach(t -> result.put(t, members.get(t.memberId())));
        return result;
    }

    // ---- the Art 20 view ----

    private static Map<AccountabilityKey, AccountabilityView> loadAccountability(ManagementAccountabilityQuery query,
                                                                                 Set<AccountabilityKey> keys) {
        Map<AccountabilityKey, AccountabilityView> result = new HashMap<>();
        Map<LocalDate, List<AccountabilityKey>> byDay = keys.stream()
                .collect(Collectors.groupingBy(AccountabilityKey::asOf));
        byDay.forEach((day, dayKeys) -> {
            Map<UUID, ManagementAccountability> views = query.accountabilityOf(
                    dayKeys.stream().map(AccountabilityKey::legalEntityId).toList(), day);
            for (AccountabilityKey key : dayKeys) {
                ManagementAccountability view = views.get(key.legalEntityId());
                if (view != null) {
                    result.put(key, toView(view));
                }
            }
        });
        return result;
    }

    static AccountabilityView toView(ManagementAccountability accountability) {
        AccountabilityReview review = accountability.review();
        Map<String, ManagementBodyMember> known = new HashMap<>();
        review.membersInOffice().forEach(m -> known.put(m.id().toString(), m));
        review.approvedBy().forEach(m -> known.put(m.id().toString(), m));
        List<MemberTrainingStatus> trainings = review.membersInOffice().stream()
                .map(m -> new MemberTrainingStatus(m, review.lastTrainings().get(m.id()))).toList();
        List<GapView> gaps = review.gaps().stream()
                .map(g -> new GapView(g.code(), g.message(), g.legalBasis(), g.memberId() == null ? null : known.get(g.memberId())))
                .toList();
        return new AccountabilityView(review.asOf(), accountability.entityClass(),
                GlobalId.encode("GroupAssessment", accountability.groupAssessmentId()), accountability.assessedAsOf(),
                review.membersInOffice(), review.measuresApproved(), review.currentApproval(), review.approvedBy(),
                trainings, gaps);
    }

    private static <T> Collection<UUID> ids(List<T> items, java.util.function.Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }
}
