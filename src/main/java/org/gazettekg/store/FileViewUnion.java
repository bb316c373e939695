package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The union of the file views of every source graph, as a read-only graph over a store: what the
 * store views read, without the store views' own graphs (the default union holds those too).
 * Read inside a transaction of the store.
 */
final class FileViewUnion extends GraphBase {

    private static final String PREFIX = View.DERIVED + "file-views/";

    private final DatasetGraph dataset;

    /** The union of the file views of {@code dataset}. */
    FileViewUnion(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    /** Whether {@code graph} holds a file view of some source graph. */
    static boolean isFileView(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(PREFIX);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Set<Triple> seen = new HashSet<>();
        return WrappedIterator.create(dataset.find(Node.ANY, anyOf(m.getSubject()), anyOf(m.getPredicate()), anyOf(m.getObject())))
                .filterKeep(q -> isFileView(q.getGraph()))
                .mapWith(Quad::asTriple)
                .filterKeep(seen::add);
    }

    private static Node anyOf(Node n) {
        return n == null || !n.isConcrete() ? Node.ANY : n;
    }
}
