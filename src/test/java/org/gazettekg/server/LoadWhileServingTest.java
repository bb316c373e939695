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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /$/load}: gazettes load into the running server while queries keep answering, never half a file. */
class LoadWhileServingTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final int COPIES = 6;
    private static final int CLIENTS = 4;
    /** Documents counted per graph: copies of a file under other names add their documents again. */
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?d a <https://w3id.org/gazette-kg/ontology#Document> } }";
    private static final Pattern NUMBER = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"");
    /** A bound on every request: the test stops by itself even if the server hangs. */
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Path dir;
    private GazetteStore store;
    private FusekiServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("gazette-load-serving-test");
        store = GazetteStore.open(dir.resolve("db"));
        LoadResult r = store.load(CORPUS.resolve("changzhi-2020-02.txt"));
        assertThat(r.ok()).as(r.error()).isTrue();
        server = GazetteServer.create(store).port(0).timeoutMillis(GazetteServer.DEFAULT_TIMEOUT_MS).build();
        server.start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterEach
    void stop() throws IOException {
        server.stop();
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private HttpResponse<String> post(String name, byte[] body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + LoadServlet.PATH + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .timeout(CLIENT_LIMIT).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/gazette/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(CLIENT_LIMIT).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private long documentCount() throws Exception {
        HttpResponse<String> r = query(COUNT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = NUMBER.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void largeLoadThroughTheEndpoint_queriesSeeOnlyCommittedCountsAndNoneFail() throws Exception {
        List<Path> files = corpusFiles();
        // What each committed step of the load adds, measured per file: the counts a reader may see.
        long before = documentCount();
        List<Long> perFile = new ArrayList<>();
        for (Path f : files) {
            HttpResponse<String> r = post("probe-" + f.getFileName(), Files.readAllBytes(f));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            long now = documentCount();
            perFile.add(now - before);
            before = now;
        }
        Set<Long> committed = new TreeSet<>();
        committed.add(before);
        long total = before;
        for (int copy = 0; copy < COPIES; copy++) {
            for (long added : perFile) {
                total += added;
                committed.add(total);
            }
        }

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    long last = -1;
                    while (loading.get()) {
                        try {
                            long n = documentCount();
                            answers.incrementAndGet();
                            if (!committed.contains(n) || n < last) {
                                problems.add("count " + n + " after " + last + " is not a committed state " + committed);
                            }
                            last = n;
                        } catch (Throwable t) {
                            problems.add(t.toString());
                        }
                    }
                    return null;
                }));
            }
            for (int copy = 0; copy < COPIES; copy++) {
                for (Path f : files) {
                    HttpResponse<String> r = post("copy" + copy + "-" + f.getFileName(), Files.readAllBytes(f));
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                }
            }
            loading.set(false);
            for (Future<?> f : clients) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            loading.set(false);
            pool.shutdownNow();
        }
        assertThat(problems).isEmpty();
        assertThat(answers.get()).isGreaterThan(CLIENTS);
        assertThat(documentCount()).isEqualTo(total);
    }

    @Test
    void notAGazette_isRefusedWith422AndStoresNothing() throws Exception {
        long before = documentCount();
        HttpResponse<String> r = post("noise.txt", "hello\nworld\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("not a gazette");
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void nameWithAFolder_isRefusedWith400() throws Exception {
        HttpResponse<String> r = post("../etc/passwd", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void loadFromAnotherOrigin_isRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + LoadServlet.PATH + "?name=a.txt"))
                .header("Origin", "http://evil.example").timeout(CLIENT_LIMIT)
                .POST(HttpRequest.BodyPublishers.ofString("x")).build();
        assertThat(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void readOnlyServerBuiltFromADataset_hasNoLoadEndpoint() throws Exception {
        FusekiServer plain = GazetteServer.create(store.dataset()).port(0).timeoutMillis(GazetteServer.DEFAULT_TIMEOUT_MS).build();
        plain.start();
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plain.getHttpPort() + LoadServlet.PATH + "?name=a.txt"))
                    .timeout(CLIENT_LIMIT).POST(HttpRequest.BodyPublishers.ofString("x")).build();
            assertThat(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(404, 405);
        } finally {
            plain.stop();
        }
    }
}
