package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releasing a TDB2 database whose last readers may still be finishing: a query stopped by its
 * timeout, or one whose client has gone, ends its read transaction only when its thread notices.
 * Closing waits for them for a grace period instead of failing with "Can't expel: Active
 * transactions".
 */
final class Release {

    /** How long {@link GazetteStore#close()} waits for open transactions to end. */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Release.class);
    private static final long POLL_MILLIS = 20;

    private Release() {
    }

    /**
     * Waits up to {@code grace} for every transaction on {@code tdb} to end, closes {@code dataset}
     * (the text-indexed view of {@code tdb}) and releases {@code tdb} and its lock file. Readers still
     * open after the grace period are cut off: they change nothing on disk.
     *
     * @throws IllegalStateException if a write transaction is still open after the grace period
     */
    static void close(DatasetGraph dataset, DatasetGraph tdb, Duration grace) {
        requireNonNull(dataset, "dataset");
        requireNonNull(tdb, "tdb");
        requireNonNull(grace, "grace");
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(tdb);
        long deadline = System.nanoTime() + grace.toNanos();
        while (coordinator.countActive() > 0 && System.nanoTime() < deadline) {
            pause();
        }
        if (coordinator.countActiveWriter() > 0) {
            throw new IllegalStateException("a write transaction is still open; the database is not released");
        }
        long readers = coordinator.countActiveReaders();
        if (readers > 0) {
            LOG.warn("{} read transaction(s) still open after {} s; the database is released without them",
                    readers, grace.toSeconds());
        }
        dataset.close();
        TDBInternal.expel(tdb, readers > 0);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for open transactions", e);
        }
    }
}
