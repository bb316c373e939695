package org.gazettekg.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process) on
 * loopback, with its log in a folder of its own, formatted afresh on each start.
 */
final class EmbeddedKafka implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final Properties props;
    private final String bootstrap;
    private KafkaRaftServer server;

    private EmbeddedKafka(Properties props, String bootstrap) {
        this.props = props;
        this.bootstrap = bootstrap;
    }

    /** Formats {@code dir} and starts a broker on two free loopback ports. */
    static EmbeddedKafka start(Path dir) throws IOException {
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties props = properties(dir.resolve("log"), brokerPort, controllerPort);
        Path config = dir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "ReplicationTest broker");
        }
        format(config);
        EmbeddedKafka kafka = new EmbeddedKafka(props, LOOPBACK + ":" + brokerPort);
        kafka.startServer();
        return kafka;
    }

    private void startServer() {
        server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker and starts it again on the same ports and log, as after a broker restart. */
    void restart() {
        close();
        startServer();
    }

    private static Properties properties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    /** StorageTool's {@code format}, in process ({@code main} would call System.exit). */
    private static void format(Path config) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()}, out);
        }
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed (" + rc + "): " + log.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code host:port} for clients. */
    String bootstrap() {
        return bootstrap;
    }

    /** Stops the broker and waits until it has. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
