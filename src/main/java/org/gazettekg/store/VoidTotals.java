package org.gazettekg.store;

import static org.gazettekg.store.LoadStatistics.uri;
import static org.gazettekg.store.LoadStatistics.voidTerm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset's figures of the VoID description kept as running totals: read from the dataset's
 * own triples, the old subset of a written graph taken off and its new one added, so that a write
 * of one file reads that file's subset and the dataset's summary, not every subset of the store.
 * What does not subtract (a class no subset has any more, the first examples when one of them
 * leaves) is looked up in the subsets through the VoID graph's indexes, for those terms alone.
 */
final class VoidTotals {

    /** The properties of the dataset's summary: all that {@code Description} writes on it but the subsets and their sources. */
    static final List<Node> SUMMARY = List.of(RDF.type.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode(),
            DCTerms.license.asNode(), voidTerm("uriSpace"), voidTerm("feature"), voidTerm("triples"), voidTerm("classes"),
            voidTerm("properties"), voidTerm("vocabulary"), voidTerm("exampleResource"), voidTerm("propertyPartition"),
            voidTerm("classPartition"));

    private static final Node DATASET = uri(LoadStatistics.DATASET);

    long triples;
    final Map<Node, Long> properties = new HashMap<>();
    final Set<Node> classes = new HashSet<>();
    final TreeSet<Node> examples = new TreeSet<>(Comparator.comparing(Node::getURI));
    private final Set<Node> classesLost = new HashSet<>();
    private boolean examplesLost;

    private VoidTotals() {
    }

    /** The totals the dataset's triples in {@code voidGraph} state (none in an empty graph). */
    static VoidTotals read(Graph voidGraph) {
        VoidTotals t = new VoidTotals();
        voidGraph.find(DATASET, voidTerm("triples"), Node.ANY).forEachRemaining(x -> t.triples = number(x.getObject()));
        voidGraph.find(DATASET, voidTerm("propertyPartition"), Node.ANY).forEachRemaining(x ->
                t.properties.put(one(voidGraph, x.getObject(), "property"), number(one(voidGraph, x.getObject(), "triples"))));
        voidGraph.find(DATASET, voidTerm("classPartition"), Node.ANY).forEachRemaining(x ->
                t.classes.add(one(voidGraph, x.getObject(), "class")));
        voidGraph.find(DATASET, voidTerm("exampleResource"), Node.ANY).forEachRemaining(x -> t.examples.add(x.getObject()));
        return t;
    }

    /** The dataset's summary triples in {@code voidGraph} (with its partitions'): not its subsets, not their sources. */
    static List<Triple> summaryTriples(Graph voidGraph) {
        List<Triple> out = new ArrayList<>();
        for (Node p : SUMMARY) {
            voidGraph.find(DATASET, p, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                if (p.equals(voidTerm("classPartition")) || p.equals(voidTerm("propertyPartition"))) {
                    voidGraph.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(out::add);
                }
            });
        }
        return out;
    }

    /** Takes off the figures of a subset that leaves. */
    void subtract(LoadStatistics.Figures f) {
        triples -= f.triples();
        f.properties().forEach((p, n) -> {
            long left = properties.getOrDefault(p, 0L) - n;
            if (left > 0) {
                properties.put(p, left);
            } else {
                properties.remove(p);
            }
        });
        classesLost.addAll(f.classes().keySet());
        for (Node e : f.examples()) {
            examplesLost |= examples.remove(e);
        }
    }

    /** Adds the figures of a subset that joins. */
    void add(LoadStatistics.Figures f) {
        triples += f.triples();
        f.properties().forEach((p, n) -> properties.merge(p, n, Long::sum));
        classes.addAll(f.classes().keySet());
        examples.addAll(f.examples());
    }

    /**
     * Settles what does not subtract, once the subsets in {@code voidGraph} are those after the
     * write: a class that left stays if some subset still has an instance of it; the first
     * examples are taken again from every subset's when one of them left.
     */
    void settle(Graph voidGraph) {
        for (Node c : classesLost) {
            if (!heldBySubset(voidGraph, c)) {
                classes.remove(c);
            }
        }
        if (examplesLost) {
            examples.clear();
            voidGraph.find(Node.ANY, voidTerm("exampleResource"), Node.ANY).forEachRemaining(t -> {
                if (!DATASET.equals(t.getSubject())) {
                    examples.add(t.getObject());
                }
            });
        }
        while (examples.size() > LoadStatistics.EXAMPLES) {
            examples.pollLast();
        }
        classesLost.clear();
        examplesLost = false;
    }

    /** Whether a subset's class partition of {@code c} counts an instance (the dataset's partitions count none). */
    private static boolean heldBySubset(Graph voidGraph, Node c) {
        return voidGraph.find(Node.ANY, voidTerm("class"), c).filterKeep(t ->
                voidGraph.find(t.getSubject(), voidTerm("entities"), Node.ANY).filterKeep(n -> number(n.getObject()) > 0).hasNext()).hasNext();
    }

    private static Node one(Graph g, Node s, String local) {
        return g.find(s, voidTerm(local), Node.ANY).next().getObject();
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }
}
