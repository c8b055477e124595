package eu.nis2assessor.adapter.graphql.limits;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of every operation of a parsed, not yet validated document: its depth, aliases, root fields and whether it
 * asks for introspection ({@code __schema}, {@code __type}), fragments expanded. Runs before validation, so it must
 * cope with anything the parser accepts: each fragment is measured once (memoised), so a document whose fragments
 * spread each other exponentially is measured in linear time (counts saturate at {@link Long#MAX_VALUE}); a fragment
 * that spreads itself, directly or not, is reported as a cycle instead of being followed.
 */
final class DocumentShape {

    /** The shape of one operation; {@code name} is null for an anonymous operation. */
    record OperationShape(String name, int depth, long aliases, long rootFields, boolean introspection) {
    }

    /** The operations' shapes, and the first fragment cycle found ({@code A -> B -> A}), if any. */
    record Result(List<OperationShape> operations, Optional<List<String>> fragmentCycle) {
    }

    private record Stats(int depth, long aliases, long fields, boolean introspection) {
        static final Stats EMPTY = new Stats(0, 0, 0, false);
    }

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Stats> measured = new HashMap<>();
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    private List<String> cycle;

    private DocumentShape(Document document) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }
    }

    static Result of(Document document) {
        DocumentShape shape = new DocumentShape(document);
        List<OperationShape> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                Stats stats = shape.measure(operation.getSelectionSet());
                operations.add(new OperationShape(operation.getName(), stats.depth(), stats.aliases(), stats.fields(),
                        stats.introspection()));
            }
        }
        // Fragments no operation spreads are measured too: a cycle among them is refused all the same.
        for (String name : shape.fragments.keySet()) {
            shape.fragment(name);
        }
        return new Result(List.copyOf(operations), Optional.ofNullable(shape.cycle));
    }

    private Stats measure(SelectionSet selectionSet) {
        if (selectionSet == null) {
            return Stats.EMPTY;
        }
        int depth = 0;
        long aliases = 0;
        long fields = 0;
        boolean introspection = false;
        for (Selection<?> selection : selectionSet.getSelections()) {
            Stats nested;
            if (selection instanceof Field field) {
                Stats children = measure(field.getSelectionSet());
                nested = new Stats(1 + children.depth(),
                        Saturating.add(field.getAlias() != null ? 1 : 0, children.aliases()), 1,
                        children.introspection() || isIntrospection(field.getName()));
            } else if (selection instanceof InlineFragment inline) {
                nested = measure(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread) {
                nested = fragment(spread.getName());
            } else {
                continue;
            }
            depth = Math.max(depth, nested.depth());
            aliases = Saturating.add(aliases, nested.aliases());
            fields = Saturating.add(fields, nested.fields());
            introspection |= nested.introspection();
        }
        return new Stats(depth, aliases, fields, introspection);
    }

    private Stats fragment(String name) {
        Stats known = measured.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return Stats.EMPTY; // an unknown fragment: validation reports it
        }
        if (!inProgress.add(name)) {
            if (cycle == null) {
                List<String> path = new ArrayList<>(inProgress);
                cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
                cycle.add(name);
            }
            return Stats.EMPTY;
        }
        Stats stats = measure(definition.getSelectionSet());
        inProgress.remove(name);
        measured.put(name, stats);
        return stats;
    }

    static boolean isIntrospection(String fieldName) {
        return "__schema".equals(fieldName) || "__type".equals(fieldName);
    }
}
