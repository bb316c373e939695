package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gazettekg.store.GazetteStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read replica: a background thread that follows the gazette topic into a local
 * {@link GazetteStore}. Each poll's records are applied in one write transaction (every graph
 * replaced, policies linked as the loader links them, the next offset stored with the data), so
 * a replica that applies the loader's sequence of gazettes holds the loader's dataset, and
 * after a restart it resumes exactly where its store says it stopped. Kafka consumer groups are
 * not used: the offset in the store is the only one that counts.
 */
public final class Replica implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);
    private static final int PARTITION = 0;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration END_OFFSET_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TOPIC_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final int MAX_POLL_RECORDS = 100;
    private static final int MAX_FETCH_BYTES = 64 * 1024 * 1024;

    private final GazetteStore store;
    private final String bootstrap;
    private final String topic;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile String state = "starting";
    private volatile String error = "";
    private volatile long applied = -1;
    private volatile long end = -1;
    private volatile long patchesApplied;
    private volatile long patchesSkipped;

    private Replica(GazetteStore store, String bootstrap, String topic) {
        this.store = store;
        this.bootstrap = bootstrap;
        this.topic = topic;
        this.thread = new Thread(this::follow, "gazette-kg-replica-" + topic);
        this.thread.setDaemon(true);
    }

    /**
     * Starts following {@code topic} (created if missing) on the cluster at {@code bootstrap}
     * into {@code store}, and registers the replica's status in the store's dataset context,
     * where {@link ReplicaStatusServlet} finds it.
     */
    public static Replica start(GazetteStore store, String bootstrap, String topic) {
        requireNonNull(store, "store");
        requireNonNull(bootstrap, "bootstrap");
        requireNonNull(topic, "topic");
        requireReplicaOf(store, topic);
        PatchTopic.ensure(bootstrap, topic);
        Replica replica = new Replica(store, bootstrap, topic);
        store.dataset().getContext().set(ReplicaStatusServlet.STATUS, (Supplier<ReplicaStatus>) replica::status);
        replica.thread.start();
        return replica;
    }

    /**
     * A replica's database holds only what it applied from the topic: gazettes without a stored
     * offset were loaded some other way, and applying the topic on top would serve a mixture.
     */
    private static void requireReplicaOf(GazetteStore store, String topic) {
        if (AppliedOffset.read(store.dataset(), topic, PARTITION).isEmpty() && !store.graphNames().isEmpty()) {
            throw new IllegalStateException("the database holds gazettes that did not come from Kafka topic " + topic
                    + "; a replica needs an empty database or one it has filled from that topic");
        }
    }

    /** Where the replica stands now. */
    public ReplicaStatus status() {
        long a = applied;
        // The end offset is asked after each poll; the log holds at least what has been applied.
        long e = end < 0 ? end : Math.max(end, a);
        long lag = a < 0 || e < 0 ? -1 : e - a;
        return new ReplicaStatus(topic, state, a, e, lag, patchesApplied, patchesSkipped, error);
    }

    private void follow() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProperties(), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = c;
            if (!running) {
                return;
            }
            TopicPartition tp = singlePartition(c);
            c.assign(List.of(tp));
            OptionalLong stored = AppliedOffset.read(store.dataset(), topic, PARTITION);
            if (stored.isPresent()) {
                c.seek(tp, stored.getAsLong());
            } else {
                c.seekToBeginning(List.of(tp));
            }
            applied = stored.orElse(0);
            // Known before the first batch, which may take a while, so a new replica reports its lag at once.
            refreshEndOffset(c, tp);
            state = "following";
            while (running) {
                apply(c.poll(POLL), tp);
                refreshEndOffset(c, tp);
            }
            state = "stopped";
        } catch (WakeupException e) {
            state = "stopped";
        } catch (RuntimeException e) {
            state = "failed";
            error = String.valueOf(e);
            LOG.error("replica of {} stopped", topic, e);
        }
    }

    /** Asks the topic's end offset; while the broker does not answer, the last answer stands (poll retries on its own). */
    private void refreshEndOffset(KafkaConsumer<String, byte[]> c, TopicPartition tp) {
        try {
            end = c.endOffsets(Set.of(tp), END_OFFSET_TIMEOUT).getOrDefault(tp, end);
        } catch (TimeoutException e) {
            LOG.warn("no end offset of {} within {}: {}", topic, END_OFFSET_TIMEOUT, e.getMessage());
        }
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(MAX_POLL_RECORDS));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(MAX_FETCH_BYTES));
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(MAX_FETCH_BYTES));
        return props;
    }

    /** The topic's one partition; a topic of several would let replicas apply files in different orders. */
    private TopicPartition singlePartition(KafkaConsumer<String, byte[]> c) {
        long deadline = System.nanoTime() + TOPIC_WAIT.toNanos();
        List<PartitionInfo> partitions = c.partitionsFor(topic);
        while (partitions.isEmpty() && System.nanoTime() < deadline && running) {
            sleep(POLL);
            partitions = c.partitionsFor(topic);
        }
        if (partitions.size() != 1) {
            throw new IllegalStateException("topic " + topic + " has " + partitions.size()
                    + " partitions; a gazette topic needs exactly one, so that every replica applies files in one order");
        }
        return new TopicPartition(topic, PARTITION);
    }

    /** Applies one poll's records in one write transaction, storing the next offset with them. */
    private void apply(ConsumerRecords<String, byte[]> records, TopicPartition tp) {
        List<ConsumerRecord<String, byte[]>> batch = records.records(tp);
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Graph> graphs = new LinkedHashMap<>();
        int skipped = 0;
        for (ConsumerRecord<String, byte[]> r : batch) {
            try {
                GazettePatch patch = GazettePatch.parse(r.value() == null ? new byte[0] : r.value());
                // A later patch of the same file in the batch replaces the earlier one, as it would have one by one.
                graphs.remove(patch.source());
                graphs.put(patch.source(), patch.graph());
            } catch (MalformedPatchException e) {
                skipped++;
                LOG.warn("skipped record {} of {} (key {}): {}", r.offset(), topic, r.key(), e.getMessage());
            }
        }
        long next = batch.get(batch.size() - 1).offset() + 1;
        store.replaceGraphs(graphs, dataset -> AppliedOffset.write(dataset, topic, PARTITION, next));
        applied = next;
        patchesApplied += batch.size() - skipped;
        patchesSkipped += skipped;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    /**
     * Stops following (a batch being applied completes first) and unregisters the status; the
     * store stays open and is the caller's to close.
     */
    @Override
    public void close() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.dataset().getContext().remove(ReplicaStatusServlet.STATUS);
    }
}
