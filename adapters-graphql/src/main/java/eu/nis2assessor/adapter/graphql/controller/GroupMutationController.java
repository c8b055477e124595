package eu.nis2assessor.adapter.graphql.controller;

import static eu.nis2assessor.adapter.graphql.mutation.UserErrors.id;
import static eu.nis2assessor.adapter.graphql.mutation.UserErrors.payload;
import static eu.nis2assessor.adapter.graphql.mutation.UserErrors.result;

import eu.nis2assessor.adapter.graphql.mutation.UserErrors;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.adapter.graphql.mapper.AssessmentInputMapper;
import eu.nis2assessor.application.port.in.CreateGroupCommand;
import eu.nis2assessor.application.port.in.CreateGroupUseCase;
import eu.nis2assessor.application.port.in.CreateHoldingCommand;
import eu.nis2assessor.application.port.in.CreateHoldingUseCase;
import eu.nis2assessor.application.port.in.CreateLegalEntityCommand;
import eu.nis2assessor.application.port.in.CreateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.DeleteLegalEntityCommand;
import eu.nis2assessor.application.port.in.DeleteLegalEntityUseCase;
import eu.nis2assessor.application.port.in.EndHoldingCommand;
import eu.nis2assessor.application.port.in.EndHoldingUseCase;
import eu.nis2assessor.application.port.in.ImportGroupStructureCommand;
import eu.nis2assessor.application.port.in.ImportGroupStructureUseCase;
import eu.nis2assessor.application.port.in.ImportGroupStructureUseCase.ImportResult;
import eu.nis2assessor.application.port.in.RecordFinancialYearCommand;
import eu.nis2assessor.application.port.in.RecordFinancialYearUseCase;
import eu.nis2assessor.application.port.in.RunGroupAssessmentCommand;
import eu.nis2assessor.application.port.in.RunGroupAssessmentUseCase;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand.Clearable;
import eu.nis2assessor.application.port.in.UpdateLegalEntityUseCase;
import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.InvalidInputException;
import graphql.schema.DataFetchingEnvironment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The stored-group mutations: each maps its {@code input} (read from the environment as graphql-java coerced it) to a
 * command, runs the use case (one transaction) and answers a payload with the result or {@code userErrors}. IDs
 * inside the input that name nothing are {@code NOT_FOUND} user errors on their field.
 */
@Controller
public class GroupMutationController {

    private static final Pattern ENTERPRISE = Pattern.compile("^structure\\.enterprises\\[(\\d+)]");

    private final CreateGroupUseCase createGroup;
    private final CreateLegalEntityUseCase createLegalEntity;
    private final UpdateLegalEntityUseCase updateLegalEntity;
    private final DeleteLegalEntityUseCase deleteLegalEntity;
    private final CreateHoldingUseCase createHolding;
    private final EndHoldingUseCase endHolding;
    private final RecordFinancialYearUseCase recordFinancialYear;
    private final RunGroupAssessmentUseCase runGroupAssessment;
    private final ImportGroupStructureUseCase importGroupStructure;
    private final AssessmentInputMapper mapper = new AssessmentInputMapper();
    private final Clock clock = Clock.systemUTC();

    public GroupMutationController(CreateGroupUseCase createGroup, CreateLegalEntityUseCase createLegalEntity,
                                   UpdateLegalEntityUseCase updateLegalEntity, DeleteLegalEntityUseCase deleteLegalEntity,
                                   CreateHoldingUseCase createHolding, EndHoldingUseCase endHolding,
                                   RecordFinancialYearUseCase recordFinancialYear,
                                   RunGroupAssessmentUseCase runGroupAssessment,
                                   ImportGroupStructureUseCase importGroupStructure) {
        this.createGroup = createGroup;
        this.createLegalEntity = createLegalEntity;
        this.updateLegalEntity = updateLegalEntity;
        this.deleteLegalEntity = deleteLegalEntity;
        this.createHolding = createHolding;
        this.endHolding = endHolding;
        this.recordFinancialYear = recordFinancialYear;
        this.runGroupAssessment = runGroupAssessment;
        this.importGroupStructure = importGroupStructure;
    }

    private static Map<String, Object> input(DataFetchingEnvironment env) {
        return env.getArgument("input");
    }

    @MutationMapping
    public Map<String, Object> createGroup(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("group", () -> result("group", createGroup.createGroup(new CreateGroupCommand((String) in.get("name")))));
    }

    @MutationMapping
    public Map<String, Object> createLegalEntity(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("legalEntity", () -> {
            UUID groupId = id(in.get("groupId"), "groupId", "Group");
            String investor = name(in.get("investorCategory"));
            return result("legalEntity", createLegalEntity.createLegalEntity(new CreateLegalEntityCommand(groupId,
                    (String) in.get("key"), (String) in.get("name"), (String) in.get("country"),
                    (String) in.get("registrationNumber"), mapper.toActivities(in.get("activities")),
                    mapper.toIdentifications(in.get("identifications")), mapper.toExclusions(in.get("exclusions")),
                    investor == null ? null : InvestorCategory.valueOf(investor), bool(in.get("naturalPerson"), false),
                    bool(in.get("providesServicesInUnion"), true))));
        });
    }

    @MutationMapping
    public Map<String, Object> updateLegalEntity(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("legalEntity", () -> {
            UUID id = id(in.get("id"), "id", "LegalEntity");
            String investor = name(in.get("investorCategory"));
            return result("legalEntity", updateLegalEntity.updateLegalEntity(new UpdateLegalEntityCommand(id,
                    ((Number) in.get("version")).longValue(), (String) in.get("key"), (String) in.get("name"),
                    (String) in.get("country"), (String) in.get("registrationNumber"),
                    in.get("activities") == null ? null : mapper.toActivities(in.get("activities")),
                    in.get("identifications") == null ? null : mapper.toIdentifications(in.get("identifications")),
                    in.get("exclusions") == null ? null : mapper.toExclusions(in.get("exclusions")),
                    investor == null ? null : InvestorCategory.valueOf(investor), (Boolean) in.get("naturalPerson"),
                    (Boolean) in.get("providesServicesInUnion"), cleared(in))));
        });
    }

    /**
     * The optional fields given as an explicit {@code null} (GraphQL keeps an explicit null in the input map and leaves
     * an absent field out): absent keeps the stored value, null clears it.
     */
    private static Set<Clearable> cleared(Map<String, Object> in) {
        Set<Clearable> cleared = EnumSet.noneOf(Clearable.class);
        for (Clearable field : Clearable.values()) {
            if (in.containsKey(field.field()) && in.get(field.field()) == null) {
                cleared.add(field);
            }
        }
        return cleared;
    }

    @MutationMapping
    public Map<String, Object> deleteLegalEntity(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("deletedLegalEntityId", () -> {
            UUID id = id(in.get("id"), "id", "LegalEntity");
            UUID deleted = deleteLegalEntity.deleteLegalEntity(new DeleteLegalEntityCommand(id));
            return result("deletedLegalEntityId", GlobalId.encode("LegalEntity", deleted));
        });
    }

    @MutationMapping
    public Map<String, Object> createHolding(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("holding", () -> {
            UUID owner = id(in.get("ownerId"), "ownerId", "LegalEntity");
            UUID owned = id(in.get("ownedId"), "ownedId", "LegalEntity");
            Set<ControlRight> rights = EnumSet.noneOf(ControlRight.class);
            if (in.get("controlRights") instanceof List<?> list) {
                list.forEach(r -> rights.add(ControlRight.valueOf(name(r))));
            }
            return result("holding", createHolding.createHolding(new CreateHoldingCommand(owner, owned,
                    (BigDecimal) in.get("capitalPercent"), (BigDecimal) in.get("votingPercent"), rights,
                    (BigDecimal) in.get("investedAmount"), (LocalDate) in.get("validFrom"))));
        });
    }

    @MutationMapping
    public Map<String, Object> endHolding(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("holding", () -> {
            UUID id = id(in.get("id"), "id", "Holding");
            return result("holding", endHolding.endHolding(new EndHoldingCommand(id, ((Number) in.get("version")).longValue(),
                    (LocalDate) in.get("validTo"))));
        });
    }

    @MutationMapping
    public Map<String, Object> recordFinancialYear(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("financialYear", () -> {
            UUID entity = id(in.get("legalEntityId"), "legalEntityId", "LegalEntity");
            SizeFigures figures = mapper.toFigures(in.get("figures"), "figures");
            SizeFigures consolidated = null;
            List<UUID> includes = new ArrayList<>();
            if (in.get("consolidatedAccounts") instanceof Map<?, ?> accounts) {
                consolidated = mapper.toFigures(accounts.get("figures"), "consolidatedAccounts.figures");
                if (accounts.get("includes") instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        includes.add(id(list.get(i), "consolidatedAccounts.includes[" + i + "]", "LegalEntity"));
                    }
                }
            }
            Number version = (Number) in.get("version");
            return result("financialYear", recordFinancialYear.recordFinancialYear(new RecordFinancialYearCommand(entity,
                    (LocalDate) in.get("periodEnd"), figures, bool(in.get("approved"), true), consolidated, includes,
                    version == null ? null : version.longValue())));
        });
    }

    @MutationMapping
    public Map<String, Object> runGroupAssessment(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        return payload("groupAssessment", () -> {
            UUID group = id(in.get("groupId"), "groupId", "Group");
            return result("groupAssessment", runGroupAssessment.runGroupAssessment(
                    new RunGroupAssessmentCommand(group, (LocalDate) in.get("asOf"))));
        });
    }

    /**
     * An error inside the structure names the enterprise by its key as well as by its position:
     * {@code enterprise 'ACME-DE': structure.enterprises[2].figures.annualTurnover: must not be negative}.
     */
    @MutationMapping
    public Map<String, Object> importGroupStructure(DataFetchingEnvironment env) {
        Map<String, Object> in = input(env);
        Map<String, Object> payload = payload("group", () -> {
            UUID group = id(in.get("groupId"), "groupId", "Group");
            GroupStructure structure;
            try {
                structure = mapper.toGroupStructure(map(in.get("structure")));
            } catch (InvalidInputException e) {
                throw e.under("structure");
            }
            LocalDate periodEnd = in.get("periodEnd") != null ? (LocalDate) in.get("periodEnd")
                    : LocalDate.of(LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear() - 1, 12, 31);
            ImportResult result = importGroupStructure.importGroupStructure(
                    new ImportGroupStructureCommand(group, structure, periodEnd));
            Map<String, Object> out = result("group", result.group());
            out.put("createdEntities", result.createdEntities());
            out.put("updatedEntities", result.updatedEntities());
            return out;
        });
        payload.putIfAbsent("createdEntities", 0);
        payload.putIfAbsent("updatedEntities", 0);
        @SuppressWarnings("unchecked")
        List<UserErrors.UserError> errors = (List<UserErrors.UserError>) payload.get("userErrors");
        if (!errors.isEmpty()) {
            payload.put("userErrors", errors.stream().map(e -> nameEnterprise(e, in)).toList());
        }
        return payload;
    }

    private static UserErrors.UserError nameEnterprise(UserErrors.UserError error, Map<String, Object> in) {
        String dotted = error.field() == null || error.field().size() < 4 ? "" : error.field().get(1) + "." + error.field().get(2)
                + "[" + error.field().get(3) + "]";
        Matcher m = ENTERPRISE.matcher(dotted);
        if (!m.find() || !(map(in.get("structure")).get("enterprises") instanceof List<?> enterprises)) {
            return error;
        }
        int index = Integer.parseInt(m.group(1));
        if (index >= enterprises.size() || !(enterprises.get(index) instanceof Map<?, ?> enterprise)) {
            return error;
        }
        return new UserErrors.UserError(error.field(), "enterprise '" + enterprise.get("key") + "': " + error.message(),
                error.code());
    }

    private static boolean bool(Object value, boolean whenAbsent) {
        return value == null ? whenAbsent : (Boolean) value;
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
