package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset whose write transactions run the {@link Derivation} just before they commit, in the
 * same transaction: what the server hands to SPARQL Update, so that an update (a graph dropped,
 * a fact corrected) is followed by the links and views as soon as it is seen at all. The graphs
 * that quads were added to or deleted from are derived again; an update that reached a graph in
 * another way (through {@code getGraph}, as {@code CLEAR}, {@code COPY} or {@code LOAD} may) or
 * wrote to every graph derives every source graph again.
 */
public final class DerivingDataset extends DatasetGraphWrapper {

    /** What the transaction of each thread wrote (Jena's transactions are per thread). */
    private final ThreadLocal<Changes> changes = ThreadLocal.withInitial(Changes::new);

    /** The graphs written so far in a transaction, or that it may have written to any. */
    private static final class Changes {
        private final Set<Node> written = new HashSet<>();
        private boolean everything;
    }

    private DerivingDataset(DatasetGraph dataset) {
        super(dataset);
    }

    /** {@code dataset}, its write transactions deriving the views before they commit. */
    public static DatasetGraph wrap(DatasetGraph dataset) {
        return new DerivingDataset(requireNonNull(dataset, "dataset"));
    }

    @Override
    public void begin(TxnType type) {
        super.begin(type);
        forget();
    }

    @Override
    public void begin(ReadWrite mode) {
        super.begin(mode);
        forget();
    }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            Changes c = changes.get();
            if (c.everything) {
                Derivation.deriveAll(getW());
            } else if (!c.written.isEmpty()) {
                Derivation.derive(getW(), c.written, true);
            }
        }
        super.commit();
    }

    @Override
    public void abort() {
        super.abort();
        forget();
    }

    private void forget() {
        changes.remove();
    }

    private void wrote(Node graph) {
        Changes c = changes.get();
        if (graph == null || !graph.isURI() || Quad.isDefaultGraph(graph) || Quad.isUnionGraph(graph)) {
            c.everything = true;
        } else if (!View.isDerived(graph)) {
            c.written.add(graph);
        }
    }

    @Override
    public void add(Quad quad) {
        wrote(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        wrote(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        wrote(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        wrote(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        wrote(g);
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        wrote(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        wrote(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        changes.get().everything = true;
        super.clear();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        changes.get().everything = true;
        return super.getGraph(graphNode);
    }

    @Override
    public Graph getDefaultGraph() {
        changes.get().everything = true;
        return super.getDefaultGraph();
    }
}
