package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggCountVarDistinct;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * A store view without keys that is one row of store-wide distinct counts (each part of its
 * {@code WHERE} a {@code { SELECT (COUNT(DISTINCT ?x) AS ?n) { … } }}, besides {@code BIND}s of
 * constants), kept from deltas rather than counted again over the store: a node's being counted
 * changes only if it is in a file view that the write changed (a node of the touched keys), so
 * each count becomes the stored count, less the touched nodes it counted before the write, plus
 * those it counts after. The same rule as for keys holds: each counted pattern matches
 * file-view triples alone.
 */
final class DistinctCounts {

    /** One count: {@code result} is the number of distinct {@code counted} of {@code select}. */
    private record Part(Var counted, Var result, Query select) {
    }

    private final View view;
    private final List<Part> parts;

    private DistinctCounts(View view, List<Part> parts) {
        this.view = view;
        this.parts = List.copyOf(parts);
    }

    /** The counts of {@code view}, or null when its query is not one row of distinct counts (it is then computed whole). */
    static DistinctCounts of(View view) {
        requireNonNull(view, "view");
        if (!view.keys().isEmpty() || !(view.query().getQueryPattern() instanceof ElementGroup group)) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        for (Element e : group.getElements()) {
            if (e instanceof ElementBind bind && bind.getExpr().isConstant()) {
                continue;
            }
            Part part = e instanceof ElementSubQuery sub ? part(sub.getQuery()) : null;
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return parts.isEmpty() ? null : new DistinctCounts(view, parts);
    }

    private static Part part(Query select) {
        if (!select.getGroupBy().isEmpty() || select.hasHaving() || select.getProjectVars().size() != 1 || select.getAggregators().size() != 1) {
            return null;
        }
        ExprAggregator agg = select.getAggregators().get(0);
        if (!(agg.getAggregator() instanceof AggCountVarDistinct count) || !count.getExprList().get(0).isVariable()) {
            return null;
        }
        return new Part(count.getExprList().get(0).asVar(), select.getProjectVars().get(0), select);
    }

    /** The view's name. */
    View view() {
        return view;
    }

    /** Per count, how many of the {@code touched} nodes it counts in the store as it is now. */
    Map<Var, Long> countAmong(DatasetGraph dataset, Set<Node> touched) {
        Map<Var, Long> out = new HashMap<>();
        for (Part part : parts) {
            Op op = StoreViews.restricted(dataset, Algebra.compile(part.select()), part.counted(), touched);
            QueryIterator it = Algebra.exec(op, dataset);
            try {
                Node n = it.hasNext() ? it.next().get(part.result()) : null;
                out.put(part.result(), n == null ? 0L : Long.parseLong(n.getLiteralLexicalForm()));
            } finally {
                it.close();
            }
        }
        return out;
    }

    /**
     * Writes each count of the stored row again as {@code stored - before + after}. Returns false,
     * writing nothing, when the row is not stored whole (the view is then to be computed whole).
     */
    boolean apply(DatasetGraph dataset, Map<Var, Long> before, Map<Var, Long> after) {
        Node target = view.graph();
        List<Quad> old = new ArrayList<>();
        List<Quad> fresh = new ArrayList<>();
        for (Triple t : view.query().getConstructTemplate().getTriples()) {
            if (!t.getObject().isVariable() || !t.getPredicate().isConcrete() || !before.containsKey(Var.alloc(t.getObject()))) {
                return false;
            }
            Var result = Var.alloc(t.getObject());
            List<Quad> stored = new ArrayList<>();
            dataset.find(target, Node.ANY, t.getPredicate(), Node.ANY).forEachRemaining(stored::add);
            if (stored.size() != 1) {
                return false;
            }
            Quad q = stored.get(0);
            long n = Long.parseLong(q.getObject().getLiteralLexicalForm()) - before.get(result) + after.get(result);
            old.add(q);
            fresh.add(new Quad(target, q.getSubject(), q.getPredicate(), NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger)));
        }
        old.forEach(dataset::delete);
        fresh.forEach(dataset::add);
        return true;
    }
}
