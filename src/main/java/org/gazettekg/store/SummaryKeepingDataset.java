package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A dataset whose write transactions bring the {@link Summary} in line with the source graphs
 * just before they commit, in the same transaction: what the server hands to SPARQL Update, so
 * that an update (a graph dropped, a fact corrected) is seen by the queries that read the summary
 * as soon as it is seen at all. Loads do not need it: they recompute the summary themselves.
 */
public final class SummaryKeepingDataset extends DatasetGraphWrapper {

    private SummaryKeepingDataset(DatasetGraph dataset) {
        super(dataset);
    }

    /** {@code dataset}, its write transactions recomputing the summary before they commit. */
    public static DatasetGraph wrap(DatasetGraph dataset) {
        return new SummaryKeepingDataset(requireNonNull(dataset, "dataset"));
    }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            Summary.recompute(getW());
        }
        super.commit();
    }
}
