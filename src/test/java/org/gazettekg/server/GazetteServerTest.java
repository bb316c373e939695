package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end: load the sample corpus, start Fuseki on a free port, query it over HTTP. */
class GazetteServerTest {

    private static final String COUNT_DOCUMENTS =
            "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/gazette-kg/ontology#Document> }";

    private static Path dir;
    private static GazetteStore store;
    private static FusekiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("gazette-server-test");
        store = GazetteStore.open(dir.resolve("db"));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            files = s.sorted().toList();
        }
        assertThat(store.loadAll(files, (i, n, r) -> { })).allMatch(LoadResult::ok);
        server = GazetteServer.build(store.dataset(), 0, GazetteServer.DEFAULT_TIMEOUT_MS);
        server.start();
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long localDocumentCount() {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(COUNT_DOCUMENTS,
                    org.apache.jena.query.DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static long remoteCount(String endpoint) {
        try (RDFLink link = RDFLinkHTTP.service(base + endpoint).build()) {
            RowSet rows = link.query(COUNT_DOCUMENTS).select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void sparqlEndpoint_answersOverTheUnionOfAllGazettes() {
        long local = localDocumentCount();
        assertThat(local).isPositive();
        assertThat(remoteCount("/gazette/sparql")).isEqualTo(local);
    }

    @Test
    void queryEndpoint_isAnAliasOfSparql() {
        assertThat(remoteCount("/gazette/query")).isEqualTo(localDocumentCount());
    }

    @Test
    void resultsComeAsCsvWhenAsked() throws Exception {
        String q = URLEncoder.encode(COUNT_DOCUMENTS, StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/gazette/sparql?query=" + q, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(r.body().lines().findFirst()).hasValue("n");
    }

    @Test
    void graphStoreRead_returnsANamedSourceGraph() {
        String graphName = "https://w3id.org/gazette-kg/graph/changzhi-2020-02.txt";
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(base + "/gazette").gspEndpoint("get").build()) {
            Graph g = link.get(graphName);
            long local = Txn.calculateRead(store.dataset(),
                    () -> (long) store.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(graphName)).size());
            assertThat(g.size()).isPositive().isEqualTo(local);
        }
    }

    @Test
    void update_isRefusedByTheReadOnlyEndpoint() throws Exception {
        long before = localDocumentCount();
        String update = "INSERT DATA { <urn:x> a <https://w3id.org/gazette-kg/ontology#Document> }";
        for (String path : List.of("/gazette/update", "/gazette/sparql", "/gazette")) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            int status = HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as(path).isGreaterThanOrEqualTo(400);
        }
        assertThat(localDocumentCount()).isEqualTo(before);
    }

    @Test
    void rootPage_namesTheEndpoint() throws Exception {
        HttpResponse<String> r = get("/", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/gazette/sparql");
    }
}
