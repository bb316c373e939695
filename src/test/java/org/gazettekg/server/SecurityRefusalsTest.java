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
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queries cannot read the server's files or reach other hosts; oversized requests are refused; the server stays healthy. */
class SecurityRefusalsTest {

    private static final long MAX_BYTES = 64 * 1024;
    /** A file only this test writes: nothing of it may ever come back. */
    private static final String SECRET = "secret-marker-9f3a";
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String HEALTH = "ASK { GRAPH ?g { ?d a <https://w3id.org/gazette-kg/ontology#Document> } }";

    private static Path dir;
    private static Path secretFile;
    private static GazetteStore store;
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("gazette-security-test");
        secretFile = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:s> <urn:x:p> \"" + SECRET + "\" .\n");
        store = GazetteStore.open(dir.resolve("db"));
        LoadResult r = store.load(Path.of("corpus", "changzhi-2020-02.txt"));
        assertThat(r.ok()).as(r.error()).isTrue();
        server = GazetteServer.create(store).options(ServerOptions.builder().port(0).allowUpdate(false).passwordFile(null).maxRequestBytes(MAX_BYTES).allowUpdateLoad(false).build()).build();
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static HttpResponse<String> get(String sparql) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.header("Accept", "application/sparql-results+json").timeout(CLIENT_LIMIT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertHealthy() throws Exception {
        HttpResponse<String> r = get(HEALTH);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9/sparql", "https://example.org/sparql", "file:///etc/passwd"})
    void serviceClause_isRefusedAndReadsNothing(String target) throws Exception {
        String iri = target.startsWith("file:") ? secretFile.toUri().toString() : target;
        HttpResponse<String> r = get("SELECT * { SERVICE <" + iri + "> { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains(GazetteServer.SERVICE_OFF).doesNotContain(SECRET).doesNotContain("root:");
        assertHealthy();
    }

    @Test
    void silentServiceClause_returnsNothingFromElsewhere() throws Exception {
        HttpResponse<String> r = get("SELECT * { SERVICE SILENT <" + secretFile.toUri() + "> { ?s ?p ?o } }");
        assertThat(r.body()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROM", "FROM NAMED"})
    void fromAFile_loadsNothing(String clause) throws Exception {
        HttpResponse<String> fileQuery = get("SELECT * " + clause + " <" + secretFile.toUri() + "> { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        HttpResponse<String> passwd = get("SELECT * " + clause + " <file:///etc/passwd> { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }");
        assertThat(fileQuery.body()).doesNotContain(SECRET);
        assertThat(passwd.body()).doesNotContain("root:");
        assertHealthy();
    }

    @Test
    void loadOfAFile_isRefusedBecauseUpdateIsOff() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/gazette/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + secretFile.toUri() + "> INTO GRAPH <urn:x:g>")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(get("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }").body()).contains("false");
    }

    @Test
    void loadSentToTheQueryEndpoint_isRefused() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + secretFile.toUri() + ">")));
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(get("ASK { ?s ?p \"" + SECRET + "\" }").body()).contains("false");
    }

    @Test
    void queryBodyOverTheLimit_isRefusedWith413() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat((int) MAX_BYTES);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertHealthy();
    }

    @Test
    void queryStringOverTheLimit_isRefusedAsTooLong() throws Exception {
        HttpResponse<String> r = get("SELECT * { ?s ?p ?o } # " + "x".repeat((int) MAX_BYTES));
        assertThat(r.statusCode()).isIn(414, 431);
        assertHealthy();
    }

    @Test
    void queryJustUnderTheLimit_isAnswered() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(HEALTH + " # " + "x".repeat((int) MAX_BYTES / 2))));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void hugeHeader_isRefusedWith431() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql?query="
                + URLEncoder.encode(HEALTH, StandardCharsets.UTF_8))).header("X-Padding", "y".repeat(2 * 1024 * 1024)));
        assertThat(r.statusCode()).isEqualTo(431);
        assertHealthy();
    }
}
