package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;

/**
 * Gathers the triples a subset is drawn from, each as the quads the store holds it in (so N-Quads
 * keep the source file of every fact); a triple the store does not hold (made by a CONSTRUCT)
 * goes to the default graph.
 */
final class TripleCollector {

    private final DatasetGraph store;
    private final DatasetGraph collected = DatasetGraphFactory.create();

    TripleCollector(DatasetGraph store) {
        this.store = requireNonNull(store, "store");
    }

    /** Adds the node's literal-valued triples (its full text excepted) and its rdf:type triples. */
    void describe(Node node) {
        if (!node.isURI()) {
            return;
        }
        store.getUnionGraph().find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
            boolean literal = t.getObject().isLiteral() && !t.getPredicate().equals(GKG.fullText.asNode());
            if (literal || t.getPredicate().equals(RDF.type.asNode())) {
                add(t);
            }
        });
    }

    /** Adds the triple {@code s p o} where the store holds it. */
    void link(Node s, Node p, Node o) {
        if (s != null && p != null && o != null) {
            Triple t = Triple.create(s, p, o);
            if (store.getUnionGraph().contains(t)) {
                add(t);
            }
        }
    }

    /** Adds {@code t} in every graph that holds it, or in the default graph when none does. */
    void add(Triple t) {
        boolean found = false;
        var quads = store.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (quads.hasNext()) {
            Quad q = quads.next();
            collected.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, t) : q);
            found = true;
        }
        if (!found) {
            collected.add(Quad.create(Quad.defaultGraphIRI, t));
        }
    }

    DatasetGraph result() {
        return collected;
    }
}
