package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What a write did to the file views of the source graphs it changed: their triples before the
 * write and after it, and the graphs that hold them. The store views read the union of all file
 * views, which a write changes only by the triples that it added or removed and that no other
 * graph holds ({@link #unionChanges}): a national policy's title that the new file states as many
 * others do changes nothing there.
 *
 * @param before the changed file views' triples before the write
 * @param after  their triples after it
 * @param graphs the file-view graphs of the changed source graphs
 */
record FileViewDelta(Graph before, Graph after, Set<Node> graphs) {

    /** Checks the parts. */
    FileViewDelta {
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        graphs = Set.copyOf(requireNonNull(graphs, "graphs"));
    }

    /** The triples whose presence in the union of all graphs the write changed; call after the write, inside its transaction. */
    Graph unionChanges(DatasetGraph dataset) {
        Graph out = GraphFactory.createGraphMem();
        before.find().forEachRemaining(t -> {
            if (!after.contains(t) && !elsewhere(dataset, t)) {
                out.add(t);
            }
        });
        after.find().forEachRemaining(t -> {
            if (!before.contains(t) && !elsewhere(dataset, t)) {
                out.add(t);
            }
        });
        return out;
    }

    /** Whether a graph other than the changed file views holds {@code t}. */
    private boolean elsewhere(DatasetGraph dataset, Triple t) {
        Iterator<Quad> it = dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                if (!graphs.contains(it.next().getGraph())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }
}
