package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * A store view of one key whose rows are aggregates per key, kept from what a write changed in
 * the union of file views ({@link FileViewDelta#fileViewChanges}) rather than computed again
 * over every file: a count takes the values the write brought and less those it took away, a
 * least value is looked for again only when the value that left was the least. The view's header
 * says how each property of a row is kept, one line each, beside the CONSTRUCT that computes the
 * view whole (and must give the same rows); {@link DeltaPart} reads those lines.
 *
 * A row is present when each {@code required} part has a value (a count above zero); a count or list
 * is written then even when empty. A value of a pattern comes or goes only through a triple
 * that the write added to or removed from the union: each such triple is put in place of each
 * pattern it matches, the pattern's other triples are looked up around it, and each (key, value)
 * found is looked up before and after the write. A key that has no row yet has it read from its
 * values in the union after the write; one whose list mixes literals of several kinds (language,
 * datatype) is computed again by its key (the view's query).
 */
final class KeyedCounts {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KeyedCounts.class);

    /**
     * What keeping a view did.
     *
     * @param kept       rows kept from the changes: written again, new (read from their values) or removed
     * @param recomputed rows computed again by the view's query (those that cannot be kept)
     */
    record Kept(int kept, int recomputed) {
    }

    /** The values of one part for one key that the write brought and took away. */
    private record Change(Set<Node> gained, Set<Node> lost) {
        Change() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    private final View view;
    private final Var key;
    private final List<DeltaPart> parts;

    private KeyedCounts(View view, Var key, List<DeltaPart> parts) {
        this.view = view;
        this.key = key;
        this.parts = List.copyOf(parts);
    }

    /** How {@code view} is kept from deltas, or null when its header says nothing of it. */
    static KeyedCounts of(View view) {
        requireNonNull(view, "view");
        if (view.deltas().isEmpty()) {
            return null;
        }
        Var key = Var.alloc(view.keys().get(0));
        return new KeyedCounts(view, key, DeltaPart.of(view, key));
    }

    /**
     * Brings the rows that the write's {@code changes} touch up to date; {@code byKeys} computes
     * the rows of the keys it is given again by the view's query, and returns how many it wrote.
     * Call after the write, inside its transaction.
     */
    Kept keep(DatasetGraph dataset, FileViewDelta.Changes changes, Function<Set<Node>, Integer> byKeys) {
        Graph after = new FileViewUnion(dataset);
        Graph before = new Union(new Difference(after, changes.added()), changes.removed());
        Graph either = new Union(after, changes.removed());
        Map<List<Object>, Map<Node, Change>> bySource = new HashMap<>();
        for (DeltaPart part : parts) {
            bySource.computeIfAbsent(part.source(), s -> changes(part, changes, before, after, either));
        }
        Set<Node> keys = new LinkedHashSet<>();
        bySource.values().forEach(c -> keys.addAll(c.keySet()));
        Node target = view.graph();
        Map<Node, Map<Node, List<Node>>> rows = new HashMap<>();
        Set<Node> again = new HashSet<>();
        for (Node k : keys) {
            if (!dataset.contains(target, k, Node.ANY, Node.ANY)) {
                // A key without a row gets one only when a part that it lacked (a required one) gained
                // a value; its row is read from its values in the union, which so far are few.
                if (parts.stream().noneMatch(DeltaPart::required)
                        || parts.stream().filter(DeltaPart::required).anyMatch(p -> changeOf(bySource, p, k) != null && !changeOf(bySource, p, k).gained().isEmpty())) {
                    Map<Node, List<Node>> row = fresh(k, after);
                    if (row == null) {
                        again.add(k);
                    } else if (!row.isEmpty()) {
                        rows.put(k, row);
                    }
                }
                continue;
            }
            if (listUnbound(k, p -> changeOf(bySource, p, k), before, after)) {
                again.add(k);
                continue;
            }
            Map<Node, List<Node>> row = row(dataset, k, p -> changeOf(bySource, p, k), after);
            if (row == null) {
                again.add(k);
            } else {
                rows.put(k, row);
            }
        }
        RankBands bands = RankBands.before(dataset, view, rows.keySet());
        rows.forEach((k, row) -> write(dataset, k, row));
        bands.after(dataset, rows.keySet());
        int recomputed = again.isEmpty() ? 0 : byKeys.apply(again);
        return new Kept(rows.size(), recomputed);
    }

    private static Change changeOf(Map<List<Object>, Map<Node, Change>> bySource, DeltaPart part, Node k) {
        return bySource.get(part.source()).get(k);
    }

    /** Per key, the values of {@code part} that came or went: from each changed triple, the (key, value) found around it, looked up before and after. */
    private Map<Node, Change> changes(DeltaPart part, FileViewDelta.Changes changes, Graph before, Graph after, Graph either) {
        Set<List<Node>> tuples = new LinkedHashSet<>();
        for (Graph changed : List.of(changes.added(), changes.removed())) {
            changed.find().forEachRemaining(t -> {
                for (int i = 0; i < part.patterns().size(); i++) {
                    Binding seed = TriplePatterns.match(part.patterns().get(i), t, BindingFactory.empty());
                    if (seed != null) {
                        List<Triple> rest = new ArrayList<>(part.patterns());
                        rest.remove(i);
                        PatternSolver.solve(either, rest, seed, b -> {
                            if (b.contains(key) && b.contains(part.var())) {
                                tuples.add(List.of(b.get(key), b.get(part.var())));
                            }
                            return true;
                        });
                    }
                }
            });
        }
        Map<Node, Change> out = new HashMap<>();
        for (List<Node> tuple : tuples) {
            boolean was = exists(before, part, tuple);
            boolean is = exists(after, part, tuple);
            if (was != is) {
                Change c = out.computeIfAbsent(tuple.get(0), k -> new Change());
                (is ? c.gained() : c.lost()).add(tuple.get(1));
            }
        }
        return out;
    }

    private boolean exists(Graph graph, DeltaPart part, List<Node> tuple) {
        return PatternSolver.any(graph, part.patterns(), BindingFactory.binding(key, tuple.get(0), part.var(), tuple.get(1)));
    }

    /**
     * The new values of the stored row of {@code k}, by property (an empty map: the row goes), or
     * null when it cannot be kept from the changes (then it is computed again by its key).
     */
    private Map<Node, List<Node>> row(DatasetGraph dataset, Node k, Function<DeltaPart, Change> changeOf, Graph after) {
        Map<Node, List<Node>> out = new HashMap<>();
        boolean present = true;
        for (DeltaPart part : parts) {
            List<Node> stored = new ArrayList<>();
            dataset.find(view.graph(), k, part.property(), Node.ANY).forEachRemaining(q -> stored.add(q.getObject()));
            Change change = changeOf.apply(part);
            List<Node> values = change == null ? stored : switch (part.kind()) {
                case COUNT -> count(stored, change);
                case LIST -> list(stored, change, part.separator());
                case LEAST -> least(stored, change, k, part, after);
                case EACH -> each(stored, change);
            };
            if (values == null) {
                LOG.debug("view {}: the row of {} is computed again by key, as its {} cannot be kept (stored {}, came {}, went {})",
                        view.name(), k, part.property().getLocalName(), stored, change.gained(), change.lost());
                return null;
            }
            out.put(part.property(), values);
            if (part.required() && (values.isEmpty() || (part.kind() == DeltaPart.Kind.COUNT && integer(values.get(0)) == 0))) {
                present = false;
            }
        }
        return present ? out : Map.of();
    }

    /** The row of {@code k} read from all its values in the union {@code after} the write (an empty map: it has none). */
    private Map<Node, List<Node>> fresh(Node k, Graph after) {
        Map<Node, List<Node>> out = new HashMap<>();
        for (DeltaPart part : parts) {
            Set<Node> values = PatternSolver.values(after, part.patterns(), BindingFactory.binding(key, k), part.var());
            if (part.required() && values.isEmpty()) {
                return Map.of();
            }
            if (part.required() && part.kind() == DeltaPart.Kind.COUNT && values.stream().anyMatch(v -> !listed(after, k, part, v))) {
                return null;
            }
            Node least = part.kind() == DeltaPart.Kind.LEAST ? least(values) : null;
            out.put(part.property(), switch (part.kind()) {
                case COUNT -> List.of(integerNode(values.size()));
                case LIST -> List.of(NodeFactory.createLiteralString(ordered(values).stream()
                        .filter(v -> v.isURI() || v.isLiteral()).map(v -> v.isURI() ? v.getURI() : v.getLiteralLexicalForm())
                        .distinct().collect(Collectors.joining(part.separator()))));
                case LEAST -> least == null ? List.of() : List.of(least);
                case EACH -> List.copyOf(values);
            });
        }
        return out;
    }

    /**
     * Whether a value that a required count of {@code k} gained (after the write) or lost (before it)
     * has no value of a list part: SPARQL's GROUP_CONCAT is unbound when one of its rows is (a
     * citing document without a city), so such a row is computed again by its key.
     */
    private boolean listUnbound(Node k, Function<DeltaPart, Change> changeOf, Graph before, Graph after) {
        for (DeltaPart part : parts) {
            Change c = part.required() && part.kind() == DeltaPart.Kind.COUNT ? changeOf.apply(part) : null;
            if (c != null && (c.gained().stream().anyMatch(v -> !listed(after, k, part, v))
                    || c.lost().stream().anyMatch(v -> !listed(before, k, part, v)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether each list part that reads the variable of {@code counted} has a value for {@code k} and that {@code value} in {@code graph}. */
    private boolean listed(Graph graph, Node k, DeltaPart counted, Node value) {
        for (DeltaPart list : parts) {
            if (list.kind() == DeltaPart.Kind.LIST && list.mentions(counted.var())
                    && !PatternSolver.any(graph, list.patterns(), BindingFactory.binding(key, k, counted.var(), value))) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> count(List<Node> stored, Change change) {
        if (stored.size() != 1 || !stored.get(0).isLiteral()) {
            return null;
        }
        return List.of(integerNode(integer(stored.get(0)) + change.gained().size() - change.lost().size()));
    }

    /** The list with the values' strings that came added and those that went taken out, in the order ORDER BY gives their values. */
    private static List<Node> list(List<Node> stored, Change change, String separator) {
        Set<Node> changed = new HashSet<>(change.gained());
        changed.addAll(change.lost());
        Node kind = changed.iterator().next();
        if (stored.size() != 1 || !kind.isLiteral() || !changed.stream().allMatch(v -> sameKind(v, kind))) {
            return null;
        }
        Set<String> strings = new LinkedHashSet<>();
        String old = stored.get(0).getLiteralLexicalForm();
        if (!old.isEmpty()) {
            strings.addAll(List.of(old.split(Pattern.quote(separator), -1)));
        }
        change.lost().forEach(v -> strings.remove(v.getLiteralLexicalForm()));
        change.gained().forEach(v -> strings.add(v.getLiteralLexicalForm()));
        List<Node> values = strings.stream().map(s -> kind.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(s, kind.getLiteralDatatype())
                : NodeFactory.createLiteralLang(s, kind.getLiteralLanguage())).toList();
        String joined = ordered(values).stream().map(Node::getLiteralLexicalForm).collect(Collectors.joining(separator));
        return List.of(NodeFactory.createLiteralString(joined));
    }

    private static boolean sameKind(Node v, Node kind) {
        return v.isLiteral() && v.getLiteralLanguage().equals(kind.getLiteralLanguage())
                && v.getLiteralDatatype().equals(kind.getLiteralDatatype());
    }

    /** The least value: of the stored one and those that came, or looked for again when the stored one went. */
    private List<Node> least(List<Node> stored, Change change, Node k, DeltaPart part, Graph after) {
        if (stored.size() > 1) {
            return null;
        }
        Set<Node> candidates = new HashSet<>(change.gained());
        if (!stored.isEmpty() && change.lost().contains(stored.get(0))) {
            candidates.addAll(PatternSolver.values(after, part.patterns(), BindingFactory.binding(key, k), part.var()));
        } else {
            candidates.addAll(stored);
        }
        Node least = least(candidates);
        return least == null ? List.of() : List.of(least);
    }

    private static List<Node> each(List<Node> stored, Change change) {
        Set<Node> values = new LinkedHashSet<>(stored);
        values.removeAll(change.lost());
        values.addAll(change.gained());
        return List.copyOf(values);
    }

    private void write(DatasetGraph dataset, Node k, Map<Node, List<Node>> row) {
        Node target = view.graph();
        List<Quad> old = new ArrayList<>();
        for (DeltaPart part : parts) {
            dataset.find(target, k, part.property(), Node.ANY).forEachRemaining(old::add);
        }
        old.forEach(dataset::delete);
        row.forEach((property, values) -> values.forEach(v -> dataset.add(target, k, property, v)));
    }

    /** SPARQL's MIN of {@code values} (as the view's query takes it), or null when there is none. */
    static Node least(Collection<Node> values) {
        if (values.isEmpty()) {
            return null;
        }
        String query = "SELECT (MIN(?v) AS ?m) { VALUES ?v { " + values.stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" ")) + " } }";
        return QueryExec.graph(GraphFactory.createGraphMem()).query(query).select().next().get(Var.alloc("m"));
    }

    /** {@code values} in SPARQL's ORDER BY order (as the view's query sorts them). */
    static List<Node> ordered(Collection<Node> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        String query = "SELECT ?v { VALUES ?v { " + values.stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" ")) + " } } ORDER BY ?v";
        List<Node> out = new ArrayList<>();
        QueryExec.graph(GraphFactory.createGraphMem()).query(query).select().forEachRemaining(b -> out.add(b.get(Var.alloc("v"))));
        return out;
    }

    private static long integer(Node literal) {
        return ((Number) literal.getLiteralValue()).longValue();
    }

    private static Node integerNode(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
