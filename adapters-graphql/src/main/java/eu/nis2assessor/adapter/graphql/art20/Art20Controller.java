package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.art20.Art20Views.AccountabilityView;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.GapView;
import eu.nis2assessor.adapter.graphql.art20.Art20Views.MemberTrainingStatus;
import eu.nis2assessor.adapter.graphql.controller.GroupQueryController;
import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.Art20BatchQuery;
import eu.nis2assessor.application.port.in.Art20BatchQuery.Read;
import eu.nis2assessor.application.port.in.Art20BatchQuery.ReadKey;
import eu.nis2assessor.application.port.in.ManagementAccountability;
import eu.nis2assessor.domain.accountability.AccountabilityReview;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Reads of the Art 20 register in GraphQL (art20.graphqls). Every parent-to-child edge is batched through ONE data
 * loader ({@link #REGISTER}) whose key says what is read ({@link Read}): all reads of a level of the query are one
 * {@link Art20BatchQuery} call, one read-only transaction of a few statements, whatever the number of parents (as the
 * stored groups' edges do). Back-references to legal entities go through the stored groups' loader by id.
 */
@Controller
public class Art20Controller {

    static final String REGISTER = "art20.register";

    private static final Comparator<ManagementBodyMember> BODY_ORDER = Comparator
            .comparing(ManagementBodyMember::appointedOn).thenComparing(ManagementBodyMember::name)
            .thenComparing(ManagementBodyMember::id);

    public Art20Controller(Art20BatchQuery register, BatchLoaderRegistry loaders) {
        // every read of the register on one level of the query (bodies, approvals, views, trainings, members): one
        // use-case call, one read-only transaction, one statement per kind of read
        loaders.<ReadKey, Object>forName(REGISTER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> register.read(keys)));
    }

    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<T> load(DataFetchingEnvironment env, ReadKey key) {
        DataLoader<ReadKey, Object> loader = env.getDataLoader(REGISTER);
        return loader.load(key).thenApply(answer -> (T) answer);
    }

    // ---- LegalEntity ----

    @SchemaMapping(typeName = "LegalEntity", field = "managementBody")
    public CompletableFuture<Connection<ManagementBodyMember>> managementBody(LegalEntityView entity,
            @Argument LocalDate inOfficeOn, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
        return Art20Controller.<List<ManagementBodyMember>>load(env, ReadKey.of(Read.MEMBERS_OF_ENTITY, entity.id()))
                .thenApply(members -> {
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
        return Art20Controller.<List<Approval>>load(env, ReadKey.of(Read.APPROVALS_OF_ENTITY, entity.id()))
                .thenApply(approvals -> InMemoryPages.page(
                approvals == null ? List.of() : approvals, first, after, Art20NodeResolvers.APPROVAL, Approval::id));
    }

    @SchemaMapping(typeName = "LegalEntity", field = "managementAccountability")
    public CompletableFuture<AccountabilityView> managementAccountability(LegalEntityView entity,
            @Argument LocalDate asOf, DataFetchingEnvironment env) {
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
        return Art20Controller.<ManagementAccountability>load(env, ReadKey.accountability(entity.id(), day))
                .thenApply(view -> view == null ? null : toView(view));
    }

    // ---- ManagementBodyMember ----

    @SchemaMapping(typeName = "ManagementBodyMember", field = "id")
    public String memberId(ManagementBodyMember member) {
        return GlobalId.encode(Art20NodeResolvers.MEMBER, member.id());
    }

    @SchemaMapping(typeName = "ManagementBodyMember", field = "legalEntity")
    public CompletableFuture<LegalEntityView> memberEntity(ManagementBodyMember member, DataFetchingEnvironment env) {
        return legalEntity(env, member.legalEntityId());
    }

    @SchemaMapping(typeName = "ManagementBodyMember", field = "inOffice")
    public boolean inOffice(ManagementBodyMember member, @Argument LocalDate on) {
        return member.inOfficeOn(on == null ? LocalDate.now(ZoneOffset.UTC) : on);
    }

    @SchemaMapping(typeName = "ManagementBodyMember", field = "trainings")
    public CompletableFuture<List<Training>> trainings(ManagementBodyMember member, DataFetchingEnvironment env) {
        return Art20Controller.<List<Training>>load(env, ReadKey.of(Read.TRAININGS_OF_MEMBER, member.id()))
                .thenApply(trainings -> trainings == null ? List.of() : trainings);
    }

    @SchemaMapping(typeName = "ManagementBodyMember", field = "lastTraining")
    public CompletableFuture<Training> lastTraining(ManagementBodyMember member, DataFetchingEnvironment env) {
        // the same key as trainings: one read for both fields
        return trainings(member, env).thenApply(trainings -> trainings.isEmpty() ? null : trainings.getFirst());
    }

    // ---- Approval ----

    @SchemaMapping(typeName = "Approval", field = "id")
    public String approvalId(Approval approval) {
        return GlobalId.encode(Art20NodeResolvers.APPROVAL, approval.id());
    }

    @SchemaMapping(typeName = "Approval", field = "legalEntity")
    public CompletableFuture<LegalEntityView> approvalEntity(Approval approval, DataFetchingEnvironment env) {
        return legalEntity(env, approval.legalEntityId());
    }

    @SchemaMapping(typeName = "Approval", field = "approvedBy")
    public CompletableFuture<List<ManagementBodyMember>> approvedBy(Approval approval, DataFetchingEnvironment env) {
        DataLoader<ReadKey, Object> loader = env.getDataLoader(REGISTER);
        return loader.loadMany(approval.approverIds().stream().map(id -> ReadKey.of(Read.MEMBER, id)).toList())
                .thenApply(members -> members.stream().filter(Objects::nonNull).map(ManagementBodyMember.class::cast)
                        .sorted(BODY_ORDER).toList());
    }

    // ---- Training ----

    @SchemaMapping(typeName = "Training", field = "id")
    public String trainingId(Training training) {
        return GlobalId.encode(Art20NodeResolvers.TRAINING, training.id());
    }

    @SchemaMapping(typeName = "Training", field = "legalEntity")
    public CompletableFuture<LegalEntityView> trainingEntity(Training training, DataFetchingEnvironment env) {
        return legalEntity(env, training.legalEntityId());
    }

    @SchemaMapping(typeName = "Training", field = "member")
    public CompletableFuture<ManagementBodyMember> member(Training training, DataFetchingEnvironment env) {
        return load(env, ReadKey.of(Read.MEMBER, training.memberId()));
    }

    /**
     * A back-reference to the register's legal entity: through the stored groups' loader of legal entities by id, so
     * that every reference to a legal entity on one level (of any type) is one batch.
     */
    private static CompletableFuture<LegalEntityView> legalEntity(DataFetchingEnvironment env, UUID id) {
        DataLoader<UUID, LegalEntityView> loader = env.getDataLoader(GroupQueryController.ENTITY_BY_ID);
        return loader.load(id);
    }

    // ---- the Art 20 view ----

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
}
