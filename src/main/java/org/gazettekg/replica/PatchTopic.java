package org.gazettekg.replica;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Kafka topic gazettes travel on: one partition, so that every replica applies the gazettes
 * in the loader's order; compacted, since a later patch of a file replaces its earlier ones and
 * the latest patch per key (the file name) is all a new replica needs.
 */
public final class PatchTopic {

    /** The topic used when none is named. */
    public static final String DEFAULT = "gazette-kg";
    /** Largest patch the topic accepts (after the producer's compression). */
    static final int MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
    private static final int PARTITIONS = 1;
    private static final long ADMIN_TIMEOUT_SECONDS = 30;

    private PatchTopic() {
    }

    /** Creates {@code topic} on the cluster at {@code bootstrap} unless it exists. */
    static void ensure(String bootstrap, String topic) {
        requireNonNull(bootstrap, "bootstrap");
        requireNonNull(topic, "topic");
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        NewTopic spec = new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty()).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_MESSAGE_BYTES)));
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(spec)).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create Kafka topic " + topic + " at " + bootstrap + ": " + e.getCause(), e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("no Kafka broker answered at " + bootstrap + " within " + ADMIN_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Kafka topic " + topic, e);
        }
    }
}
