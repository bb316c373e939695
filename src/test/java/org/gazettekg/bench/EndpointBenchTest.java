package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.server.EmbeddedServers;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code bench --endpoint} against an embedded server holding the sample corpus (timings are not judged). */
class EndpointBenchTest {

    private static final int REQUESTS = 2;
    private static final int CLIENTS = 2;
    private static final Duration GENEROUS = Duration.ofMinutes(5);

    private static Path dir;
    private static GazetteStore store;
    private static FusekiServer server;
    private static URI endpoint;
    /** One run of the benchmark, judged by the tests below. */
    private static EndpointReport report;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("gazette-endpoint-bench-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
        server = GazetteServer.create(store.dataset()).port(0).build();
        server.start();
        endpoint = URI.create("http://localhost:" + server.getHttpPort() + GazetteServer.DATASET + "/sparql");
        try {
            report = new EndpointBench(options(endpoint), new PrintWriter(new StringWriter())).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        EmbeddedServers.shutDown(server, store, dir);
    }

    @Test
    void queryNames_areEveryNumberedQueryFileThenTheTables() throws IOException {
        List<String> numbered = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{2}_.+\\.rq")).sorted()
                    .forEach(n -> numbered.add(n.substring(0, n.length() - ".rq".length())));
        }
        assertThat(numbered).hasSizeGreaterThanOrEqualTo(12);

        List<String> expected = new ArrayList<>(numbered);
        expected.addAll(List.of("documents", "citations", "divisions", "issues"));
        assertThat(EndpointBench.queryNames()).containsExactlyElementsOf(expected);
    }

    @Test
    void plainServer_everyQueryMeasuredWithTheRequestedRequestsAndNoReplicaFigures() throws Exception {
        assertThat(report.queries()).extracting(QueryFigures::name).containsExactlyElementsOf(EndpointBench.queryNames());
        for (QueryFigures q : report.queries()) {
            assertThat(q.oneClient().requests()).as(q.name() + " one client").isEqualTo(REQUESTS);
            assertThat(q.clients().requests()).as(q.name() + " clients").isEqualTo(REQUESTS * CLIENTS);
            assertThat(q.oneClient().errors() + q.clients().errors()).as(q.name() + " errors").isZero();
            assertThat(q.clients().responseBytes()).as(q.name() + " response").isPositive();
        }
        assertThat(report.catchUp()).isNull();
        assertThat(report.publishLag()).isNull();
        assertThat(report.replica()).isNull();
        assertThat(report.endpoint()).isEqualTo(endpoint.toString());
    }

    @Test
    void report_isWrittenAsJsonAndPrintedWithEveryQuery() throws Exception {
        Path json = tmp.resolve("out").resolve("endpoint.json");
        EndpointOutput.writeJson(report, json);

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("endpoint").asText()).isEqualTo(endpoint.toString());
        assertThat(root.path("clients").asInt()).isEqualTo(CLIENTS);
        assertThat(root.path("processors").asInt()).isPositive();
        assertThat(root.has("catch_up")).isTrue();
        assertThat(root.path("catch_up").isNull()).isTrue();
        JsonNode queries = root.path("queries");
        assertThat(queries.size()).isEqualTo(EndpointBench.queryNames().size());
        JsonNode first = queries.get(0);
        assertThat(first.path("name").asText()).isEqualTo(EndpointBench.queryNames().get(0));
        assertThat(first.path("one_client").path("requests").asInt()).isEqualTo(REQUESTS);
        assertThat(first.path("clients").path("requests").asInt()).isEqualTo(REQUESTS * CLIENTS);
        for (String key : new String[] {"p50_ms", "p95_ms", "max_ms", "throughput_per_s"}) {
            assertThat(first.path("clients").path(key).asDouble()).as(key).isPositive();
        }

        StringWriter table = new StringWriter();
        EndpointOutput.print(report, new PrintWriter(table));
        assertThat(table.toString()).contains("not a replica").contains(EndpointBench.queryNames().toArray(String[]::new));
    }

    @Test
    void publishing_toAServerThatIsNotAReplica_isRefusedBeforeAnythingIsPublished() {
        EndpointBench.Publication publication = new EndpointBench.Publication("127.0.0.1:1", "t", Path.of("corpus"), 1, 1,
                tmp.resolve("work"), false);
        EndpointBench.Options options = new EndpointBench.Options(endpoint, 1, GENEROUS, 1, GENEROUS, publication);

        assertThatThrownBy(() -> new EndpointBench(options, new PrintWriter(new StringWriter())).run())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a replica");
        assertThat(tmp.resolve("work")).doesNotExist();
    }

    private static EndpointBench.Options options(URI uri) {
        return new EndpointBench.Options(uri, REQUESTS, GENEROUS, CLIENTS, GENEROUS, null);
    }
}
