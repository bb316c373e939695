package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.table.TableN;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.modify.TemplateLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link View.Scope#STORE store views} in step with a write, key by key: a store view
 * whose header declares its keys ({@code #+ key: policy}, variables the view groups by) loses the
 * rows of the keys that the write touched and gets them again from its query restricted to those
 * keys (a {@code VALUES} table joined to the first basic graph pattern that binds the key), unless
 * its header says how its rows are kept from the write's changes ({@code #+ delta:},
 * {@link KeyedCounts}); a view without keys (a single row over the whole store) is computed again
 * whole, or kept from deltas ({@link DistinctCounts}).
 */
final class StoreViews {

    private static final Logger LOG = LoggerFactory.getLogger(StoreViews.class);

    private StoreViews() {
    }

    /**
     * The rows each store view computed again: per view name, the number of rows (subjects of its
     * graph) recomputed by its query, or {@code -1} when the view was computed again whole; and, for
     * a view kept from deltas ({@link KeyedCounts}), the number of rows kept from them in {@code kept}.
     */
    record Recomputed(Map<String, Integer> rows, Map<String, Integer> kept) {
        Recomputed {
            rows = Map.copyOf(requireNonNull(rows, "rows"));
            kept = Map.copyOf(requireNonNull(kept, "kept"));
        }

        /** Rows computed again, none kept from deltas. */
        Recomputed(Map<String, Integer> rows) {
            this(rows, Map.of());
        }
    }

    /** Computes every store view again, whole. */
    static Recomputed all(DatasetGraph dataset) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (View view : View.of(View.Scope.STORE)) {
            whole(dataset, view);
            rows.put(view.name(), -1);
        }
        return new Recomputed(rows);
    }

    /**
     * What the store views of distinct counts ({@link DistinctCounts}) count among the
     * {@code touched} nodes before a write of file views: taken before the write, handed to
     * {@link #touched} after it.
     */
    static Map<String, Map<Var, Long>> countsBefore(DatasetGraph dataset, Set<Node> touched) {
        Map<String, Map<Var, Long>> out = new HashMap<>();
        for (View view : View.of(View.Scope.STORE)) {
            DistinctCounts counts = DistinctCounts.of(view);
            if (counts != null) {
                out.put(view.name(), counts.countAmong(dataset, touched));
            }
        }
        return out;
    }

    /**
     * Computes again the rows of the keys in {@code touched} (the nodes of the file views the
     * write changed, before and after it); a view of distinct counts whose counts {@code before}
     * the write holds is kept from their deltas, any other view without keys is computed whole.
     * With the write's {@code delta} (null when it was not kept), a view with a composite key has
     * the rows of the tuples that those triples touch computed again ({@link CompositeKey}); without
     * it, such a view is computed whole. A view whose header says how its rows are kept from
     * deltas ({@link KeyedCounts}) has the rows that the write's changes to the union of file
     * views touch brought up to date from them (without the delta, it is kept key by key).
     */
    static Recomputed touched(DatasetGraph dataset, Set<Node> touched, Map<String, Map<Var, Long>> before, FileViewDelta delta) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> kept = new LinkedHashMap<>();
        FileViewDelta.Changes fileViewChanges = delta == null ? null : delta.fileViewChanges(dataset);
        Graph changed = delta == null ? null : delta.unionChanges(dataset, fileViewChanges);
        for (View view : View.of(View.Scope.STORE)) {
            long t0 = System.nanoTime();
            KeyedCounts keyed = delta == null ? null : KeyedCounts.of(view);
            if (keyed != null) {
                KeyedCounts.Kept k = keyed.keep(dataset, fileViewChanges, keys -> byKeys(dataset, view, keys));
                rows.put(view.name(), k.recomputed());
                kept.put(view.name(), k.kept());
            } else if (view.keys().isEmpty()) {
                DistinctCounts counts = before.containsKey(view.name()) ? DistinctCounts.of(view) : null;
                if (counts != null && counts.apply(dataset, before.get(view.name()), counts.countAmong(dataset, touched))) {
                    rows.put(view.name(), 1);
                    PageOrder.whole(dataset, view);
                } else {
                    whole(dataset, view);
                    rows.put(view.name(), -1);
                }
            } else if (view.keys().stream().anyMatch(CompositeKey::isComposite)) {
                if (changed == null) {
                    whole(dataset, view);
                    rows.put(view.name(), -1);
                } else {
                    rows.put(view.name(), byTuples(dataset, view, changed, delta.before()));
                }
            } else if (changed != null && PairedKeys.of(view) != null) {
                rows.put(view.name(), byPairs(dataset, view, PairedKeys.of(view), changed, delta.before()));
            } else {
                // Every node of the changed file views, not only those of the changed triples: a
                // row of 01 (city, year) or 02 (policy) also reads a document's year or city, which
                // a write can change while the triple that names the key stays.
                rows.put(view.name(), byKeys(dataset, view, touched));
            }
            LOG.debug("store view {}: {} row(s) computed, {} kept from deltas, in {} ms", view.name(), rows.get(view.name()),
                    kept.getOrDefault(view.name(), 0), (System.nanoTime() - t0) / 1_000_000);
        }
        return new Recomputed(rows, kept);
    }

    private static void whole(DatasetGraph dataset, View view) {
        Node target = view.graph();
        dataset.deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
        Derivation.construct(dataset, view).find().forEachRemaining(t -> dataset.add(target, t.getSubject(), t.getPredicate(), t.getObject()));
        RankBands.whole(dataset, view);
        PageOrder.whole(dataset, view);
    }

    private static int byKeys(DatasetGraph dataset, View view, Set<Node> touched) {
        Node target = view.graph();
        Set<Node> rows = new HashSet<>();
        for (String key : view.keys()) {
            rows.addAll(rowsOf(dataset, view, Var.alloc(key), touched));
        }
        RankBands bands = RankBands.before(dataset, view, rows);
        rows.forEach(row -> dataset.deleteAny(target, row, Node.ANY, Node.ANY));
        Set<Node> recomputed = new HashSet<>();
        for (String key : view.keys()) {
            Op op = restricted(dataset, Algebra.compile(view.query()), Var.alloc(key), touched);
            QueryIterator it = Algebra.exec(op, dataset);
            try {
                Iterator<Triple> triples = TemplateLib.calcTriples(view.query().getConstructTemplate().getTriples(), it);
                List<Triple> out = new ArrayList<>();
                triples.forEachRemaining(out::add);
                out.forEach(t -> {
                    recomputed.add(t.getSubject());
                    dataset.add(target, t.getSubject(), t.getPredicate(), t.getObject());
                });
            } finally {
                it.close();
            }
        }
        bands.after(dataset, recomputed);
        rows.addAll(recomputed);
        PageOrder.update(dataset, view, rows);
        return recomputed.size();
    }

    /**
     * Computes again, for a view kept by pairs ({@link PairedKeys}), the rows of the key values
     * whose own triples changed in the union, and the rows of the pairs that the changed nodes
     * naming two key values name.
     */
    private static int byPairs(DatasetGraph dataset, View view, PairedKeys paired, Graph changed, Graph before) {
        int recomputed = byKeys(dataset, view, paired.values(changed));
        Set<List<Node>> pairs = paired.pairs(dataset, changed, before);
        if (!pairs.isEmpty()) {
            recomputed += byTuples(dataset, view, view.keys().stream().map(Var::alloc).toList(), pairs);
        }
        return recomputed;
    }

    /**
     * Computes again the rows of the key tuples that the triples {@code changed} in the union
     * touched, for a view with a composite key ({@link CompositeKey}); {@code before}: the changed
     * file views' triples before the write.
     */
    private static int byTuples(DatasetGraph dataset, View view, Graph changed, Graph before) {
        Node target = view.graph();
        Set<Node> recomputed = new HashSet<>();
        for (String name : view.keys()) {
            CompositeKey key = CompositeKey.of(view, name);
            Set<List<Node>> tuples = key.touched(dataset, changed, before);
            if (!tuples.isEmpty()) {
                recomputed.addAll(byTuples(dataset, view, key.vars(), tuples, target));
            }
        }
        return recomputed.size();
    }

    /** Computes again the rows whose values of {@code vars} are one of {@code tuples}; returns how many rows it wrote. */
    private static int byTuples(DatasetGraph dataset, View view, List<Var> vars, Set<List<Node>> tuples) {
        return byTuples(dataset, view, vars, tuples, view.graph()).size();
    }

    private static Set<Node> byTuples(DatasetGraph dataset, View view, List<Var> vars, Set<List<Node>> tuples, Node target) {
        Set<Node> rows = rowsOf(dataset, view, vars, tuples);
        RankBands bands = RankBands.before(dataset, view, rows);
        rows.forEach(row -> dataset.deleteAny(target, row, Node.ANY, Node.ANY));
        Op op = restricted(Algebra.compile(view.query()), vars, tuples);
        Set<Node> these = new HashSet<>();
        construct(dataset, view, op).forEach(t -> {
            these.add(t.getSubject());
            dataset.add(target, t.getSubject(), t.getPredicate(), t.getObject());
        });
        bands.after(dataset, these);
        rows.addAll(these);
        PageOrder.update(dataset, view, rows);
        return these;
    }

    private static List<Triple> construct(DatasetGraph dataset, View view, Op op) {
        QueryIterator it = Algebra.exec(op, dataset);
        try {
            List<Triple> out = new ArrayList<>();
            TemplateLib.calcTriples(view.query().getConstructTemplate().getTriples(), it).forEachRemaining(out::add);
            return out;
        } finally {
            it.close();
        }
    }

    /** The rows (subjects in the view's graph) whose values of {@code vars} are one of {@code tuples}, found through the template. */
    private static Set<Node> rowsOf(DatasetGraph dataset, View view, List<Var> vars, Set<List<Node>> tuples) {
        Node target = view.graph();
        Set<Node> rows = new HashSet<>();
        for (List<Node> tuple : tuples) {
            Set<Node> candidates = null;
            for (int i = 0; i < vars.size(); i++) {
                Set<Node> these = rowsWith(dataset, view, vars.get(i), tuple.get(i));
                if (candidates == null) {
                    candidates = these;
                } else {
                    candidates.retainAll(these);
                }
            }
            rows.addAll(candidates);
        }
        return rows;
    }

    /** The rows whose {@code key} is {@code value}: the row itself when the key is the template's subject, else those whose property for the key has it. */
    private static Set<Node> rowsWith(DatasetGraph dataset, View view, Var key, Node value) {
        Node target = view.graph();
        Set<Node> rows = new HashSet<>();
        for (Triple t : view.query().getConstructTemplate().getTriples()) {
            if (key.equals(t.getSubject())) {
                if (dataset.contains(target, value, Node.ANY, Node.ANY)) {
                    rows.add(value);
                }
            } else if (key.equals(t.getObject()) && t.getPredicate().isConcrete()) {
                dataset.find(target, Node.ANY, t.getPredicate(), value).forEachRemaining(q -> rows.add(q.getSubject()));
            }
        }
        return rows;
    }

    /**
     * {@code op} with a table of {@code tuples} for {@code vars} joined to the first basic graph
     * pattern that mentions every one of them, whose patterns with one of them are moved first.
     */
    static Op restricted(Op op, List<Var> vars, Set<List<Node>> tuples) {
        return joinedToKeyPattern(op, vars, withKey -> tuples);
    }

    /** The rows (subjects in the view's graph) whose {@code key} is one of {@code touched}, found through the template. */
    private static Set<Node> rowsOf(DatasetGraph dataset, View view, Var key, Set<Node> touched) {
        Node target = view.graph();
        Set<Node> rows = new HashSet<>();
        for (Triple t : view.query().getConstructTemplate().getTriples()) {
            if (key.equals(t.getSubject())) {
                touched.forEach(v -> {
                    if (dataset.contains(target, v, Node.ANY, Node.ANY)) {
                        rows.add(v);
                    }
                });
            } else if (key.equals(t.getObject()) && t.getPredicate().isConcrete()) {
                touched.forEach(v -> dataset.find(target, Node.ANY, t.getPredicate(), v).forEachRemaining(q -> rows.add(q.getSubject())));
            }
        }
        return rows;
    }

    /**
     * {@code op} with a table of {@code values} for {@code key} joined to the first basic graph
     * pattern that mentions it, whose patterns with the key are moved first. Only the values that
     * occur in the key's place of such a pattern (in some graph) are kept: each value is looked
     * up in the pattern on its own, and one that cannot match would cost a scan of the others.
     */
    static Op restricted(DatasetGraph dataset, Op op, Var key, Set<Node> values) {
        return joinedToKeyPattern(op, List.of(key), withKey -> values.stream()
                .filter(v -> occurs(dataset, withKey.get(0), key, v)).map(List::of).collect(Collectors.toSet()));
    }

    /**
     * {@code op} with a table for {@code vars} joined to the first basic graph pattern that mentions
     * every one of them, its patterns with one of them moved first; {@code tuples} gives the table's
     * rows from those patterns.
     */
    private static Op joinedToKeyPattern(Op op, List<Var> vars, Function<List<Triple>, Set<List<Node>>> tuples) {
        boolean[] done = {false};
        Op out = Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpBGP bgp) {
                if (done[0] || !OpVars.visibleVars(bgp).containsAll(vars)) {
                    return bgp;
                }
                done[0] = true;
                List<Triple> withKey = new ArrayList<>();
                List<Triple> others = new ArrayList<>();
                bgp.getPattern().forEach(t -> (vars.stream().anyMatch(v -> mentions(t, v)) ? withKey : others).add(t));
                TableN table = new TableN(vars);
                tuples.apply(withKey).forEach(tuple -> {
                    BindingBuilder b = BindingBuilder.create();
                    for (int i = 0; i < vars.size(); i++) {
                        b.add(vars.get(i), tuple.get(i));
                    }
                    table.addBinding(b.build());
                });
                BasicPattern ordered = new BasicPattern();
                withKey.forEach(ordered::add);
                others.forEach(ordered::add);
                return OpJoin.create(OpTable.create(table), new OpBGP(ordered));
            }
        }, op);
        if (!done[0]) {
            throw new IllegalStateException("no pattern binds every variable of the key " + vars);
        }
        return out;
    }

    private static boolean mentions(Triple t, Var key) {
        return key.equals(t.getSubject()) || key.equals(t.getObject());
    }

    /** Whether {@code value} in the place of {@code key} in {@code pattern} (its other variables free) is in some graph. */
    private static boolean occurs(DatasetGraph dataset, Triple pattern, Var key, Node value) {
        Node s = key.equals(pattern.getSubject()) ? value : concreteOrAny(pattern.getSubject());
        Node o = key.equals(pattern.getObject()) ? value : concreteOrAny(pattern.getObject());
        if (s.isLiteral()) {
            return false;
        }
        return dataset.find(Node.ANY, s, concreteOrAny(pattern.getPredicate()), o).hasNext();
    }

    private static Node concreteOrAny(Node n) {
        return n.isConcrete() ? n : Node.ANY;
    }
}
