package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.RefusedException.Code;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.Texts;
import eu.nis2assessor.application.port.in.ImportGroupStructureCommand;
import eu.nis2assessor.application.port.in.ImportGroupStructureUseCase;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.GroupStructureImportPort;
import eu.nis2assessor.application.port.out.GroupStructureImportPort.ImportCounts;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ImportGroupStructureUseCase}: checks the limits of {@code assessGroupStructure} and what storing adds (key
 * and name lengths, one holding per owner/owned pair), then upserts everything in one transaction. Paths in errors
 * are relative to the input ({@code structure.enterprises[2].key}).
 */
public final class ImportGroupStructureService implements ImportGroupStructureUseCase {

    private final GroupStorePort store;
    private final GroupStructureImportPort importer;
    private final AssessmentLimits limits;
    private final TransactionPort transactions;
    private final CurrentTenantPort currentTenant;

    public ImportGroupStructureService(GroupStorePort store, GroupStructureImportPort importer, AssessmentLimits limits,
                                       TransactionPort transactions, CurrentTenantPort currentTenant) {
        this.store = Objects.requireNonNull(store, "store");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.currentTenant = Objects.requireNonNull(currentTenant, "currentTenant");
    }

    @Override
    public ImportResult importGroupStructure(ImportGroupStructureCommand command) {
        Objects.requireNonNull(command, "command");
        GroupStructure structure = command.structure();
        check(structure);
        ImportResult result = transactions.inTransaction(() -> {
            var tenant = currentTenant.currentTenant();
            store.findGroup(tenant, command.groupId())
                    .orElseThrow(() -> RefusedException.notFound("groupId", "Group", command.groupId()));
            ImportCounts counts = importer.importStructure(tenant, command.groupId(), structure, command.periodEnd());
            GroupView group = store.findGroup(tenant, command.groupId()).orElseThrow();
            return new ImportResult(group, counts.createdEntities(), counts.updatedEntities());
        });
        importer.importCommitted(structure.enterprises().size());
        return result;
    }

    private void check(GroupStructure structure) {
        List<Enterprise> enterprises = structure.enterprises();
        if (enterprises.size() > limits.maxEnterprises()) {
            throw InvalidInputException.of("structure.enterprises", "at most " + limits.maxEnterprises()
                    + " enterprises per call (got " + enterprises.size() + ")");
        }
        if (structure.holdings().size() > limits.maxHoldings()) {
            throw InvalidInputException.of("structure.holdings", "at most " + limits.maxHoldings()
                    + " holdings per call (got " + structure.holdings().size() + ")");
        }
        long listEntries = AssessmentLimits.listEntries(structure);
        if (listEntries > limits.maxListEntries()) {
            throw InvalidInputException.of("structure.sameOrAdjacentMarkets", "at most " + limits.maxListEntries()
                    + " entries in market groups and consolidated-accounts includes together per call (got "
                    + listEntries + ")");
        }
        for (int i = 0; i < enterprises.size(); i++) {
            Enterprise e = enterprises.get(i);
            String path = "structure.enterprises[" + i + "]";
            InvalidInputException.within(path, () -> Texts.required(e.key(), "key", 200));
            if (e.name() != null) {
                InvalidInputException.within(path, () -> Texts.optional(e.name(), "name", 300));
            }
        }
        Map<String, Integer> pairs = HashMap.newHashMap(structure.holdings().size());
        for (int j = 0; j < structure.holdings().size(); j++) {
            Holding h = structure.holdings().get(j);
            Integer first = pairs.putIfAbsent(h.owner() + "\u0000" + h.owned(), j);
            if (first != null) {
                throw new RefusedException(Code.INVALID, "structure.holdings[" + j + "]", "holdings[" + j + "]: a second holding of '"
                        + h.owner() + "' in '" + h.owned() + "' (the first is holdings[" + first + "]); give one holding per pair");
            }
        }
    }
}
