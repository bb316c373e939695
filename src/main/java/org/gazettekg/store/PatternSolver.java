package org.gazettekg.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Solves a small basic graph pattern in a graph by looking its triples up one at a time, for
 * {@link KeyedCounts}, which looks up around one changed triple rather than run a query.
 */
final class PatternSolver {

    private PatternSolver() {
    }

    /** Whether {@code patterns} have a solution in {@code graph} that extends {@code b}. */
    static boolean any(Graph graph, List<Triple> patterns, Binding b) {
        return !solve(graph, patterns, b, s -> false);
    }

    /** The distinct values of {@code var} in the solutions of {@code patterns} in {@code graph} that extend {@code b}, in the order found. */
    static Set<Node> values(Graph graph, List<Triple> patterns, Binding b, Var var) {
        Set<Node> values = new LinkedHashSet<>();
        solve(graph, patterns, b, s -> {
            values.add(s.get(var));
            return true;
        });
        return values;
    }

    /**
     * Hands each solution of {@code patterns} in {@code graph} that extends {@code b} to {@code sink},
     * until it returns false; returns false when stopped. Starts from the pattern with the fewest
     * matches ({@link #fewest}): a national policy's citations are not read to find the one
     * document of a city that cites it.
     */
    static boolean solve(Graph graph, List<Triple> patterns, Binding b, Predicate<Binding> sink) {
        if (patterns.isEmpty()) {
            return sink.test(b);
        }
        List<Triple> bound = patterns.stream().map(p -> Substitute.substitute(p, b)).toList();
        int best = bound.size() == 1 ? 0 : fewest(graph, bound);
        if (best < 0) {
            return true;
        }
        Triple first = bound.get(best);
        List<Triple> rest = new ArrayList<>(patterns);
        rest.remove(best);
        ExtendedIterator<Triple> it = find(graph, first);
        try {
            while (it.hasNext()) {
                Binding next = TriplePatterns.match(first, it.next(), b);
                if (next != null && !solve(graph, rest, next, sink)) {
                    return false;
                }
            }
            return true;
        } finally {
            it.close();
        }
    }

    /**
     * The index of the pattern with the fewest matches, or -1 when one has none: the patterns'
     * matches are read in turn, one of each at a time, until one pattern has no more, so that
     * this costs as many reads per pattern as the smallest has matches.
     */
    private static int fewest(Graph graph, List<Triple> patterns) {
        List<ExtendedIterator<Triple>> its = patterns.stream().map(p -> find(graph, p)).toList();
        try {
            for (boolean first = true; ; first = false) {
                for (int i = 0; i < its.size(); i++) {
                    if (!its.get(i).hasNext()) {
                        return first ? -1 : i;
                    }
                    its.get(i).next();
                }
            }
        } finally {
            its.forEach(ExtendedIterator::close);
        }
    }

    private static ExtendedIterator<Triple> find(Graph graph, Triple pattern) {
        return graph.find(anyOf(pattern.getSubject()), anyOf(pattern.getPredicate()), anyOf(pattern.getObject()));
    }

    private static Node anyOf(Node n) {
        return n.isVariable() ? Node.ANY : n;
    }
}
