package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.Iterator;
import java.util.List;
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
 * others do changes nothing there. The views kept from deltas ({@link KeyedCounts}) read the union
 * of the file views alone ({@link #fileViewChanges}).
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

    /**
     * The triples whose presence in the union of all graphs the write changed, out of its
     * {@code changes} to the union of file views ({@link #fileViewChanges}): those that no other
     * graph (a store view's) holds either; call after the write, inside its transaction.
     */
    Graph unionChanges(DatasetGraph dataset, Changes changes) {
        Graph out = GraphFactory.createGraphMem();
        for (Graph g : List.of(changes.added(), changes.removed())) {
            g.find().forEachRemaining(t -> {
                if (!elsewhere(dataset, t, graph -> !FileViewUnion.isFileView(graph))) {
                    out.add(t);
                }
            });
        }
        return out;
    }

    /**
     * The triples the write added to ({@code added}) and removed from ({@code removed}) the union of
     * the file views alone (the store views' graphs left out, unlike {@link #unionChanges}: view 14
     * writes the terms its file view states); call after the write, inside its transaction.
     */
    Changes fileViewChanges(DatasetGraph dataset) {
        Graph added = GraphFactory.createGraphMem();
        Graph removed = GraphFactory.createGraphMem();
        before.find().forEachRemaining(t -> {
            if (!after.contains(t) && !elsewhere(dataset, t, FileViewUnion::isFileView)) {
                removed.add(t);
            }
        });
        after.find().forEachRemaining(t -> {
            if (!before.contains(t) && !elsewhere(dataset, t, FileViewUnion::isFileView)) {
                added.add(t);
            }
        });
        return new Changes(added, removed);
    }

    /**
     * What a write changed in the union of file views.
     *
     * @param added   the triples it holds after the write and did not before
     * @param removed the triples it held before the write and does not after
     */
    record Changes(Graph added, Graph removed) {
        /** Checks the parts. */
        Changes {
            requireNonNull(added, "added");
            requireNonNull(removed, "removed");
        }
    }

    /** Whether a graph other than the changed file views, and one that {@code among} accepts, holds {@code t}. */
    private boolean elsewhere(DatasetGraph dataset, Triple t, java.util.function.Predicate<Node> among) {
        Iterator<Quad> it = dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (!graphs.contains(g) && among.test(g)) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(it);
        }
    }
}
