package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code serve --timeout}: a query that would run for hours is stopped and answered with an error. */
class QueryTimeoutTest {

    private static final long TIMEOUT_MS = 500;
    /** Four unconstrained triple patterns: about 10^12 rows to count on one gazette. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
    /** A bound on the test itself, far above the server's timeout. */
    private static final Duration CLIENT_LIMIT = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServedFixture SERVED = new ServedFixture(() -> ServedStore.start("gazette-timeout-test",
            ServedStore.corpusFiles("changzhi-2020-02.txt"), (s, dir) -> GazetteServer.create(s.dataset()).port(0).timeoutMillis(TIMEOUT_MS)));

    private static HttpResponse<String> query(String sparql) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(CLIENT_LIMIT).build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void queryLongerThanTheTimeout_isCancelledWithServiceUnavailable() throws Exception {
        HttpResponse<String> r = query(ENDLESS);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).containsIgnoringCase("timed out");
    }

    @Test
    void clientAskingForMoreTime_stillGetsTheServersLimit() throws Exception {
        HttpRequest longer = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql?timeout=3600&query="
                        + URLEncoder.encode(ENDLESS, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(CLIENT_LIMIT).build();
        assertThat(HTTP.send(longer, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
    }

    @Test
    void shortQuery_runsWithinTheTimeout() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"n\"");
    }
}
