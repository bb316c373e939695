package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gazettekg.store.GazetteStore;

/**
 * Sends each gazette the loader has just loaded to the Kafka topic as one {@link GazettePatch},
 * keyed by its file name, and waits until the broker has it: a file counts as published only
 * once it is on the topic.
 */
public final class PatchPublisher implements AutoCloseable {

    /** The producer's upper bound on one record before compression (a gazette's full text and graph). */
    private static final int MAX_REQUEST_BYTES = 128 * 1024 * 1024;
    private static final long SEND_TIMEOUT_SECONDS = 60;
    private static final int DELIVERY_TIMEOUT_MS = 50_000;
    private static final int REQUEST_TIMEOUT_MS = 20_000;

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    private PatchPublisher(KafkaProducer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** A publisher to {@code topic} (created, compacted, if missing) on the cluster at {@code bootstrap}. */
    public static PatchPublisher connect(String bootstrap, String topic) {
        requireNonNull(bootstrap, "bootstrap");
        requireNonNull(topic, "topic");
        PatchTopic.ensure(bootstrap, topic);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(MAX_REQUEST_BYTES));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(2L * MAX_REQUEST_BYTES));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(DELIVERY_TIMEOUT_MS));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(REQUEST_TIMEOUT_MS));
        return new PatchPublisher(new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer()), topic);
    }

    /**
     * Publishes the graph {@code store} holds for {@code source} and waits for the broker's
     * acknowledgement.
     *
     * @return the record's offset in the topic
     * @throws IllegalStateException when the broker does not take the patch
     */
    public long publish(GazetteStore store, String source) {
        GazettePatch patch = GazettePatch.of(store, source);
        return send(patch);
    }

    /** Publishes {@code patch} as it is and waits for the broker's acknowledgement; returns its offset. */
    long send(GazettePatch patch) {
        requireNonNull(patch, "patch");
        return sendRaw(patch.source(), patch.toBytes());
    }

    /** Sends any bytes under {@code key} (tests use it for records that are not patches). */
    long sendRaw(String key, byte[] value) {
        try {
            RecordMetadata meta = producer.send(new ProducerRecord<>(topic, key, value)).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return meta.offset();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take the patch of " + key + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the patch of " + key + " within " + SEND_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + key, e);
        }
    }

    /** The topic published to. */
    public String topic() {
        return topic;
    }

    /** Flushes and closes the producer. */
    @Override
    public void close() {
        producer.close();
    }
}
