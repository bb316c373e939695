package org.gazettekg.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.cli.GazetteKgCommand;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End to end on a real Kafka broker (KRaft, loopback): a loader publishes the sample corpus, two
 * replicas (each a store, a consumer and a Fuseki server) follow the topic and must answer every
 * query of {@code queries/} over HTTP exactly as the loader's own store does, through a replica
 * restart, a gazette replaced by a changed version and a record that is not a patch. The steps
 * build on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationTest {

    private static final String TOPIC = "gazettes-test";
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STATUS_POLL = Duration.ofMillis(200);
    private static final Path CORPUS = Path.of("corpus");
    private static final Path QUERIES = Path.of("queries");
    private static final String REPLACED = "changzhi-2020-03.txt";
    private static final Path TITLE_ONLY = Path.of("src/test/resources/store/title-only.txt");
    private static final Path NUMBERED = Path.of("src/test/resources/store/numbered.txt");
    /** Full-text searches (the replica's own Lucene index, kept by the same writes). */
    private static final List<String> TEXT_SEARCHES = List.of("长治", "有机旱作", "蓝天保卫战");
    private static final String TEXT_SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT DISTINCT ?doc { ?doc text:query '%s' }
            """;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dir;
    private static EmbeddedKafka kafka;
    private static GazetteStore loader;
    private static PatchPublisher publisher;
    private static ReplicaNode first;
    private static ReplicaNode second;
    /** The offset the next published record will get: what a caught-up replica has applied. */
    private static long published;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("gazette-replication-test");
        kafka = EmbeddedKafka.start(Files.createDirectories(dir.resolve("kafka")));
        loader = GazetteStore.open(dir.resolve("loader"));
        publisher = PatchPublisher.connect(kafka.bootstrap(), TOPIC);
        first = ReplicaNode.start(dir.resolve("replica-1"), kafka.bootstrap());
        second = ReplicaNode.start(dir.resolve("replica-2"), kafka.bootstrap());
    }

    @AfterAll
    static void stop() throws IOException {
        for (ReplicaNode node : new ReplicaNode[] {first, second}) {
            if (node != null) {
                node.stop();
            }
        }
        if (publisher != null) {
            publisher.close();
        }
        if (loader != null) {
            loader.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void publishedGazettes_reachBothReplicasWhichAnswerEveryQueryAsTheLoader() throws Exception {
        loadAndPublish(corpusFiles().subList(0, 3));
        // Loading the second rewrites the first one's graph in the loader's store (the title-only
        // citation joins the numbered policy): replicas must link as the loader does.
        loadAndPublish(List.of(TITLE_ONLY, NUMBERED));

        awaitCaughtUp(first);
        awaitCaughtUp(second);

        assertSameAsLoader(first);
        assertSameAsLoader(second);
    }

    @Test
    @Order(2)
    void replicaStoppedWhileMoreFilesArePublished_resumesFromItsStoredOffset() throws Exception {
        second.stop();
        List<Path> rest = corpusFiles().subList(3, corpusFiles().size());
        loadAndPublish(rest);
        second = ReplicaNode.start(second.dir(), kafka.bootstrap());

        ReplicaStatus resumed = awaitCaughtUp(second);
        awaitCaughtUp(first);

        assertThat(resumed.patchesApplied()).as("patches applied after the restart").isEqualTo(rest.size());
        assertSameAsLoader(first);
        assertSameAsLoader(second);
    }

    @Test
    @Order(3)
    void gazetteLoadedAgainThenChanged_isReplacedOnBothReplicasAlsoOneThatWasDown() throws Exception {
        long before = documentsIn(first.store(), REPLACED);
        Path changed = Files.createDirectories(dir.resolve("changed")).resolve(REPLACED);
        List<String> lines = Files.readAllLines(CORPUS.resolve(REPLACED), StandardCharsets.UTF_8);
        Files.write(changed, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        second.stop();

        // Both versions wait on the topic for the stopped replica, most likely in one poll batch.
        loadAndPublish(List.of(CORPUS.resolve(REPLACED)));
        loadAndPublishWithCommandLine(changed);
        second = ReplicaNode.start(second.dir(), kafka.bootstrap());
        awaitCaughtUp(first);
        awaitCaughtUp(second);

        long after = documentsIn(loader, REPLACED);
        assertThat(after).as("documents left in the halved gazette").isPositive().isLessThan(before);
        assertThat(documentsIn(first.store(), REPLACED)).isEqualTo(after);
        assertThat(documentsIn(second.store(), REPLACED)).isEqualTo(after);
        assertSameAsLoader(first);
        assertSameAsLoader(second);
    }

    @Test
    @Order(4)
    void recordThatIsNotAPatch_isSkippedAlikeByBothReplicas() throws Exception {
        long skippedBefore = first.replica().status().patchesSkipped();
        published = publisher.sendRaw("junk.txt", "not an RDF patch <".getBytes(StandardCharsets.UTF_8)) + 1;

        ReplicaStatus a = awaitCaughtUp(first);
        ReplicaStatus b = awaitCaughtUp(second);

        assertThat(a.patchesSkipped()).isEqualTo(skippedBefore + 1);
        assertThat(b.state()).isEqualTo("following");
        assertSameGraphsAsLoader(first);
        assertSameGraphsAsLoader(second);
    }

    @Test
    @Order(5)
    void brokerRestarted_replicasKeepFollowingAndApplyWhatIsPublishedAfter() throws Exception {
        kafka.restart();
        loadAndPublish(List.of(NUMBERED));

        ReplicaStatus a = awaitCaughtUp(first);
        ReplicaStatus b = awaitCaughtUp(second);

        assertThat(List.of(a.state(), b.state())).containsOnly("following");
        assertSameGraphsAsLoader(first);
        assertSameGraphsAsLoader(second);
    }

    @Test
    @Order(6)
    void databaseLoadedOtherwise_isRefusedAsAReplica() {
        assertThatThrownBy(() -> Replica.start(loader, kafka.bootstrap(), TOPIC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not come from Kafka topic " + TOPIC);
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void loadAndPublish(List<Path> files) {
        for (Path f : files) {
            LoadResult r = loader.load(f);
            assertThat(r.ok()).as("load %s: %s", f, r.error()).isTrue();
            published = publisher.publish(loader, r.source()) + 1;
        }
    }

    /** {@code load --publish} as a user runs it; the command opens the loader's database itself. */
    private static void loadAndPublishWithCommandLine(Path file) {
        Path db = dir.resolve("loader");
        loader.close();
        int rc = GazetteKgCommand.commandLine().execute("load", "--db", db.toString(), "--publish", kafka.bootstrap(),
                "--topic", TOPIC, file.toString());
        loader = GazetteStore.open(db);
        assertThat(rc).as("exit status of load --publish").isZero();
        published++;
    }

    /** Polls the replica's status endpoint until it has applied everything published, or fails. */
    private static ReplicaStatus awaitCaughtUp(ReplicaNode node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        ReplicaStatus status = node.remoteStatus();
        while (!(status.appliedOffset() >= published && status.caughtUp())) {
            if (System.nanoTime() > deadline || "failed".equals(status.state())) {
                fail("replica %s did not catch up with offset %d: %s", node.dir(), published, status);
            }
            Thread.sleep(STATUS_POLL.toMillis());
            status = node.remoteStatus();
        }
        assertThat(status.topic()).isEqualTo(TOPIC);
        assertThat(status.endOffset()).isEqualTo(published);
        return status;
    }

    private static void assertSameAsLoader(ReplicaNode node) throws IOException, InterruptedException {
        assertSameGraphsAsLoader(node);
        int rows = 0;
        for (Path query : queryFiles()) {
            rows += assertSameAnswer(node, query.getFileName().toString(), Files.readString(query, StandardCharsets.UTF_8));
        }
        assertThat(rows).as("result rows over all queries").isPositive();
        int hits = 0;
        for (String word : TEXT_SEARCHES) {
            hits += assertSameAnswer(node, "text:query " + word, TEXT_SEARCH.formatted(word));
        }
        assertThat(hits).as("full-text hits over all searches").isPositive();
    }

    /** The replica's CSV answer over HTTP has the loader's header and rows (in any order); returns the row count. */
    private static int assertSameAnswer(ReplicaNode node, String name, String sparql) throws IOException, InterruptedException {
        List<String> expected = csvLines(localCsv(sparql));
        assertThat(csvLines(node.remoteCsv(sparql))).as("%s on %s", name, node.dir())
                .containsExactlyInAnyOrderElementsOf(expected)
                .first().isEqualTo(expected.get(0));
        return expected.size() - 1;
    }

    private static void assertSameGraphsAsLoader(ReplicaNode node) {
        List<Node> names = loader.graphNames();
        assertThat(node.store().graphNames()).containsExactlyInAnyOrderElementsOf(names);
        for (Node name : names) {
            assertThat(copyOf(node.store(), name).isIsomorphicWith(copyOf(loader, name)))
                    .as("graph %s on %s", name, node.dir()).isTrue();
        }
    }

    private static Graph copyOf(GazetteStore store, Node name) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    private static long documentsIn(GazetteStore store, String source) {
        String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH <" + org.gazettekg.graph.Iris.graph(source)
                + "> { ?d a <https://w3id.org/gazette-kg/ontology#Document> } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> s = Files.list(QUERIES)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    private static String localCsv(String sparql) {
        return Txn.calculateRead(loader.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(sparql, DatasetFactory.wrap(loader.dataset()))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                return out.toString(StandardCharsets.UTF_8);
            }
        });
    }

    private static List<String> csvLines(String csv) {
        return new ArrayList<>(List.of(csv.split("\r?\n")));
    }

    /** One replica: its store, its consumer and its Fuseki server on a free port. */
    private record ReplicaNode(Path dir, GazetteStore store, Replica replica, FusekiServer server) {

        static ReplicaNode start(Path dir, String bootstrap) {
            GazetteStore store = GazetteStore.open(dir);
            Replica replica = Replica.start(store, bootstrap, TOPIC);
            FusekiServer server = GazetteServer.create(store.dataset()).port(0).build();
            server.start();
            return new ReplicaNode(dir, store, replica, server);
        }

        /** Stops it as an operator would: server, consumer, then store. */
        void stop() {
            server.stop();
            replica.close();
            store.close();
        }

        ReplicaStatus remoteStatus() throws IOException, InterruptedException {
            HttpResponse<String> resp = HTTP.send(HttpRequest.newBuilder(uri(ReplicaStatusServlet.PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(resp.statusCode()).isEqualTo(200);
            return JSON.readValue(resp.body(), ReplicaStatus.class);
        }

        String remoteCsv(String sparql) throws IOException, InterruptedException {
            String form = "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
            HttpRequest req = HttpRequest.newBuilder(uri(GazetteServer.DATASET + "/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(resp.statusCode()).as("HTTP status: %s", resp.body()).isEqualTo(200);
            return resp.body();
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.getHttpPort() + path);
        }
    }
}
