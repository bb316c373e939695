package org.gazettekg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/** Matching one triple pattern against one triple, for the store's small in-memory pattern solvers. */
final class TriplePatterns {

    private TriplePatterns() {
    }

    /**
     * {@code b} extended by the binding of {@code pattern}'s variables that makes it {@code t}, or null when none does
     * (a variable met twice with two values, or bound in {@code b} to another value).
     */
    static Binding match(Triple pattern, Triple t, Binding b) {
        BindingBuilder out = BindingBuilder.create(b);
        Node[] ps = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
        Node[] ts = {t.getSubject(), t.getPredicate(), t.getObject()};
        for (int i = 0; i < 3; i++) {
            if (ps[i].isVariable()) {
                Var v = Var.alloc(ps[i]);
                Node bound = out.get(v);
                if (bound == null) {
                    out.add(v, ts[i]);
                } else if (!bound.equals(ts[i])) {
                    return null;
                }
            } else if (!ps[i].equals(ts[i])) {
                return null;
            }
        }
        return out.build();
    }
}
