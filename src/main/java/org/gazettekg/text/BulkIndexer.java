package org.gazettekg.text;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Adds the indexed triples of whole graphs to the full-text index during a bulk load, which
 * writes to TDB2 directly and so passes the index by; see {@link GazetteTextIndex#bulkIndexer}.
 * {@link #add} may be called from several threads at once.
 */
public interface BulkIndexer {

    /** The indexer of a dataset that has no full-text index. */
    BulkIndexer NONE = new BulkIndexer() {
        @Override
        public void add(Node graphName, Graph graph) {
        }

        @Override
        public void prepareCommit() {
        }

        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    /** Indexes the triples of {@code graph}, which the load stores as the named graph {@code graphName}. */
    void add(Node graphName, Graph graph);

    /**
     * Writes everything added to disk, not yet visible: the costly first phase of a commit, which
     * can run while the load finishes; {@link #commit()} or {@link #rollback()} follows.
     */
    void prepareCommit();

    /** Makes everything added visible to queries. */
    void commit();

    /** Drops everything added since the indexer was made. */
    void rollback();
}
