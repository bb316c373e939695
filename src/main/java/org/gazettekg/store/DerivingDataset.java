package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * A dataset whose write transactions run the {@link Derivation} just before they commit, in the
 * same transaction: what the server hands to SPARQL Update, so that an update (a graph dropped,
 * a fact corrected) is followed by the links and views as soon as it is seen at all. An update
 * may write any graph in any way, so the derivation covers every source graph.
 */
public final class DerivingDataset extends DatasetGraphWrapper {

    private DerivingDataset(DatasetGraph dataset) {
        super(dataset);
    }

    /** {@code dataset}, its write transactions deriving the views before they commit. */
    public static DatasetGraph wrap(DatasetGraph dataset) {
        return new DerivingDataset(requireNonNull(dataset, "dataset"));
    }

    @Override
    public void commit() {
        if (isInTransaction() && transactionMode() == ReadWrite.WRITE) {
            Derivation.deriveAll(getW());
        }
        super.commit();
    }
}
