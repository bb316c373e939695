package org.gazettekg.server;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.graph.GKG;

/**
 * The concise bounded description of a resource that {@code /doc/} serves: the triples whose
 * subject it is (with the blank nodes they reach, followed through), the triples that point to it
 * (at most {@link #MAX_INCOMING}: a division is named by thousands of mentions), and the labels
 * and types of every neighbour, so that a client can show the description without another request.
 * Read from the union of the named graphs in one read transaction; nothing is written.
 */
final class ResourceDescription {

    /** At most this many triples pointing to the resource are included. */
    static final int MAX_INCOMING = 500;

    /** The properties that give a neighbour a readable name. */
    static final List<Node> LABELS = List.of(RDFS.label.asNode(), GKG.skosPrefLabel.asNode(), GKG.eliTitle.asNode(),
            GKG.dctTitle.asNode(), GKG.eliIdLocal.asNode(), GKG.skosNotation.asNode());

    private final DatasetGraph dataset;

    ResourceDescription(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    /** Whether any triple of the store names {@code iri} as subject or object. */
    boolean exists(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            return union.contains(node, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, node);
        });
    }

    /** The classes of {@code iri}. */
    Set<String> types(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Set<String> out = new HashSet<>();
            dataset.getUnionGraph().find(node, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(t -> out.add(t.getObject().toString()));
            return out;
        });
    }

    /** The description of {@code iri} (empty when the store does not know it). */
    Graph describe(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            Graph out = GraphFactory.createDefaultGraph();
            Set<Node> neighbours = new LinkedHashSet<>();
            closure(union, node, out, neighbours);
            ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, node);
            try {
                for (int n = 0; n < MAX_INCOMING && in.hasNext(); n++) {
                    Triple t = in.next();
                    out.add(t);
                    if (t.getSubject().isURI()) {
                        neighbours.add(t.getSubject());
                    }
                }
            } finally {
                in.close();
            }
            neighbours.remove(node);
            for (Node other : neighbours) {
                for (Node label : LABELS) {
                    union.find(other, label, Node.ANY).forEachRemaining(out::add);
                }
                union.find(other, RDF.type.asNode(), Node.ANY).forEachRemaining(out::add);
            }
            return out;
        });
    }

    /** The triples of {@code start} and of the blank nodes they reach. */
    private static void closure(Graph union, Node start, Graph out, Set<Node> neighbours) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            union.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                out.add(t);
                if (t.getObject().isBlank()) {
                    todo.push(t.getObject());
                } else if (t.getObject().isURI()) {
                    neighbours.add(t.getObject());
                }
            });
        }
    }
}
