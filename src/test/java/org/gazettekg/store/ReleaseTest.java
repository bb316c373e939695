package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a store while a query is still finishing its read transaction on another thread (a query
 * stopped by its timeout, a client gone): the store waits, then releases the database, so the server
 * and the bench close cleanly after runaway queries.
 */
class ReleaseTest {

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @BeforeEach
    void create() {
        GazetteStore.open(dir.resolve("db")).close();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void readerStillOpenOnAnotherThread_closeWaitsForItAndReleasesTheDatabase() throws Exception {
        GazetteStore store = GazetteStore.existing(dir.resolve("db"));
        CountDownLatch begun = new CountDownLatch(1);
        Future<?> reader = threads.submit(() -> read(store.dataset(), begun, Duration.ofMillis(300)));
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();

        store.close();

        reader.get(10, TimeUnit.SECONDS);
        assertReopens();
    }

    @Test
    void readerThatNeverEnds_closeReleasesTheDatabaseAfterTheGracePeriod() throws Exception {
        GazetteStore store = GazetteStore.existing(dir.resolve("db"));
        CountDownLatch begun = new CountDownLatch(1);
        threads.submit(() -> read(store.dataset(), begun, Duration.ofMinutes(5)));
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();

        store.close(Duration.ofMillis(200));

        assertReopens();
    }

    @Test
    void writerStillOpen_closeRefusesToReleaseTheDatabase() throws Exception {
        GazetteStore store = GazetteStore.existing(dir.resolve("db"));
        CountDownLatch begun = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        threads.submit(() -> {
            store.dataset().begin(TxnType.WRITE);
            begun.countDown();
            await(done);
            store.dataset().abort();
            store.dataset().end();
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> store.close(Duration.ofMillis(200)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("write transaction");
        done.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        store.close();
        assertReopens();
    }

    private void assertReopens() {
        try (GazetteStore again = GazetteStore.existing(dir.resolve("db"))) {
            assertThat(again.dataset()).isNotNull();
        }
    }

    private static void read(DatasetGraph dataset, CountDownLatch begun, Duration hold) {
        dataset.begin(TxnType.READ);
        begun.countDown();
        try {
            Thread.sleep(hold.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            dataset.end();
        } catch (RuntimeException released) {
            // The store was released under a reader that outlived the grace period.
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
