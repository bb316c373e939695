package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gazettekg.replica.PatchPublisher;
import org.gazettekg.replica.ReplicaStatus;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

/**
 * How stale a replica is while a loader publishes: loads gazettes into a fresh loader database
 * and publishes each to Kafka exactly as {@code load --publish} does, notes when the broker
 * acknowledged each record, asks the replica's {@code /replica/status} every
 * {@link ReplicaProbe#POLL} meanwhile, and measures for each gazette the time from the
 * acknowledgement to the first status showing it applied.
 */
final class PublishLag {

    /** A record the broker acknowledged at {@code nanos}. */
    record Ack(long offset, long nanos) {
    }

    /** The replica's applied offset (the next record to apply) as seen at {@code nanos}. */
    record Seen(long nanos, long appliedOffset) {
    }

    private final ReplicaProbe probe;
    private final Duration timeout;

    /** Measures the replica behind {@code probe}, waiting at most {@code timeout} for it after the last record. */
    PublishLag(ReplicaProbe probe, Duration timeout) {
        this.probe = requireNonNull(probe, "probe");
        this.timeout = requireNonNull(timeout, "timeout");
    }

    /** Loads {@code files} into a new database at {@code loaderDb}, publishing each to {@code topic}. */
    PublishLagFigures measure(List<Path> files, long textBytes, Path loaderDb, String bootstrap, String topic)
            throws IOException, InterruptedException {
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        Watcher watcher = new Watcher(probe, seen);
        Thread thread = new Thread(watcher, "gazette-kg-bench-replica-watch");
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        try {
            try (GazetteStore store = GazetteStore.open(loaderDb);
                    PatchPublisher publisher = PatchPublisher.connect(bootstrap, topic)) {
                store.loadAll(files, (i, n, r) -> publishLoaded(publisher, store, r, acks, refused));
            }
            if (acks.isEmpty()) {
                throw new IllegalStateException("no gazette was loaded and published");
            }
            awaitApplied(acks.get(acks.size() - 1).offset(), seen);
        } finally {
            watcher.stop(thread);
        }
        Ack last = acks.get(acks.size() - 1);
        long drained = firstApplying(last, seen);
        List<Double> delays = visibilityDelaysMs(acks, seen);
        Collections.sort(delays);
        return new PublishLagFigures(acks.size(), refused.get(), textBytes, (last.nanos() - start) / 1e9,
                acks.size() / ((last.nanos() - start) / 1e9), acks.get(0).offset(), last.offset(),
                Latency.percentile(delays, 50), Latency.percentile(delays, 95), delays.get(delays.size() - 1),
                (drained - last.nanos()) / 1e6, ReplicaProbe.POLL.toMillis());
    }

    private static void publishLoaded(PatchPublisher publisher, GazetteStore store, LoadResult r, List<Ack> acks,
                                      AtomicInteger refused) {
        if (!r.ok()) {
            refused.incrementAndGet();
            return;
        }
        long offset = publisher.publish(store, r.source());
        acks.add(new Ack(offset, System.nanoTime()));
    }

    private void awaitApplied(long offset, List<Seen> seen) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!applied(offset, seen)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replica had not applied offset " + offset + " " + timeout
                        + " after it was published");
            }
            Thread.sleep(ReplicaProbe.POLL.toMillis());
        }
    }

    private static boolean applied(long offset, List<Seen> seen) {
        synchronized (seen) {
            return !seen.isEmpty() && seen.get(seen.size() - 1).appliedOffset() > offset;
        }
    }

    /**
     * For each acknowledged record, the time from its acknowledgement to the first status asked
     * after it that shows it applied (so at most one poll interval late), in ms.
     */
    static List<Double> visibilityDelaysMs(List<Ack> acks, List<Seen> seen) {
        List<Double> delays = new ArrayList<>();
        synchronized (seen) {
            for (Ack ack : acks) {
                long visible = firstApplying(ack, seen);
                if (visible >= 0) {
                    delays.add((visible - ack.nanos()) / 1e6);
                }
            }
        }
        return delays;
    }

    /** When the first status after {@code ack} showed its record applied, or -1 if none did. */
    private static long firstApplying(Ack ack, List<Seen> seen) {
        synchronized (seen) {
            for (Seen s : seen) {
                if (s.nanos() >= ack.nanos() && s.appliedOffset() > ack.offset()) {
                    return s.nanos();
                }
            }
        }
        return -1;
    }

    /** Asks the replica's status every poll interval until stopped. */
    private static final class Watcher implements Runnable {
        private final ReplicaProbe probe;
        private final List<Seen> seen;
        private volatile boolean running = true;

        Watcher(ReplicaProbe probe, List<Seen> seen) {
            this.probe = probe;
            this.seen = seen;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    ReplicaStatus s = probe.status().orElseThrow(() -> new IllegalStateException("not a replica"));
                    seen.add(new Seen(System.nanoTime(), s.appliedOffset()));
                    Thread.sleep(ReplicaProbe.POLL.toMillis());
                } catch (IOException e) {
                    // A status request that failed is a poll missed; the next one tells.
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop(Thread thread) throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
