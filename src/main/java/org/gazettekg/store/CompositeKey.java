package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * A store view's key of several variables together ({@code #+ key: policy+city}): a row changes
 * only when a solution of the view's pattern with that row's values of all the variables comes or
 * goes. The touched key tuples are found from the triples that the write added to or removed from
 * the union of file views ({@link FileViewDelta}): each such triple, put in place of each triple
 * pattern it matches, with the view's other patterns looked up around it. So a national policy
 * cited by every city has only the rows of the cities whose new or removed documents cite it
 * computed again, not every row of that policy.
 *
 * <p>The rule such a view keeps: each row is a solution of the conjunction of all the view's
 * triple patterns (no {@code OPTIONAL}, {@code UNION} or {@code MINUS}; a variable of one name is
 * one thing throughout, subqueries included), narrowed by filters and grouped by its keys.
 */
final class CompositeKey {

    private final List<Var> vars;
    private final List<Triple> patterns;

    private CompositeKey(List<Var> vars, List<Triple> patterns) {
        this.vars = List.copyOf(vars);
        this.patterns = List.copyOf(patterns);
    }

    /** Whether {@code key}, as a view's header gives it, names several variables together. */
    static boolean isComposite(String key) {
        return key.contains("+");
    }

    /** The composite {@code key} of {@code view}: its variables and the view's triple patterns, checked against the rule above. */
    static CompositeKey of(View view, String key) {
        requireNonNull(view, "view");
        List<Var> vars = java.util.Arrays.stream(key.split("\\+")).map(Var::alloc).toList();
        Op op = Algebra.compile(view.query());
        List<Triple> patterns = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                patterns.addAll(bgp.getPattern().getList());
            }

            @Override
            public void visit(OpLeftJoin join) {
                refuse(view, "OPTIONAL");
            }

            @Override
            public void visit(OpConditional join) {
                refuse(view, "OPTIONAL");
            }

            @Override
            public void visit(OpUnion union) {
                refuse(view, "UNION");
            }

            @Override
            public void visit(OpMinus minus) {
                refuse(view, "MINUS");
            }
        });
        Set<Var> mentioned = new HashSet<>();
        patterns.forEach(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).forEach(n -> {
            if (n.isVariable()) {
                mentioned.add(Var.alloc(n));
            }
        }));
        if (!mentioned.containsAll(vars)) {
            throw new IllegalStateException("view " + view.name() + ": no triple pattern binds every variable of the key " + key);
        }
        return new CompositeKey(vars, patterns);
    }

    private static void refuse(View view, String what) {
        throw new IllegalStateException("view " + view.name() + " has a composite key and " + what + ": its rows cannot be found from the triples a write changed");
    }

    /** The key's variables, in header order. */
    List<Var> vars() {
        return vars;
    }

    /**
     * The key tuples (values of {@link #vars}, in order) whose rows the triples {@code changed} in
     * the union of file views may have changed ({@link FileViewDelta#unionChanges}); call after the
     * write, inside its transaction. A superset: the view's pattern around each changed triple is
     * looked up in the store after the write together with {@code before}, the changed file views'
     * triples before it, which between them hold every solution before and after.
     */
    Set<List<Node>> touched(DatasetGraph dataset, Graph changed, Graph before) {
        DatasetGraph lookup = DatasetGraphFactory.wrap(new Union(dataset.getUnionGraph(), before));
        Set<List<Node>> out = new HashSet<>();
        for (Triple pattern : patterns) {
            changed.find(concreteOrAny(pattern.getSubject()), concreteOrAny(pattern.getPredicate()), concreteOrAny(pattern.getObject()))
                    .forEachRemaining(t -> {
                        Binding seed = TriplePatterns.match(pattern, t, BindingFactory.empty());
                        if (seed != null) {
                            solutions(lookup, seed, out);
                        }
                    });
        }
        return out;
    }

    private void solutions(DatasetGraph lookup, Binding seed, Set<List<Node>> out) {
        BasicPattern rest = new BasicPattern();
        patterns.forEach(p -> rest.add(Substitute.substitute(p, seed)));
        QueryIterator it = Algebra.exec(new OpBGP(rest), lookup);
        try {
            it.forEachRemaining(b -> {
                List<Node> tuple = new ArrayList<>(vars.size());
                for (Var v : vars) {
                    tuple.add(seed.contains(v) ? seed.get(v) : b.get(v));
                }
                if (!tuple.contains(null)) {
                    out.add(List.copyOf(tuple));
                }
            });
        } finally {
            it.close();
        }
    }

    private static Node concreteOrAny(Node n) {
        return n.isConcrete() ? n : Node.ANY;
    }
}
