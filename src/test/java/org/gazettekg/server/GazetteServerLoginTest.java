package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.gazettekg.query.QueryCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code serve --allow-update --password-file FILE}: Update and the admin API behind a login. */
class GazetteServerLoginTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "s3cret-公报";
    private static final String GRAPH = "https://w3id.org/gazette-kg/graph/scratch";
    private static final String INSERT = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:gkg:test> <urn:gkg:p> \"新增\" } }";
    private static final String ASK = "ASK { GRAPH <" + GRAPH + "> { <urn:gkg:test> <urn:gkg:p> \"新增\" } }";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final ServedFixture SERVED = new ServedFixture(() -> ServedStore.start("gazette-login-test",
            ServedStore.corpusFiles("changzhi-2020-02.txt"), (s, dir) -> {
                Path passwords = Files.writeString(dir.resolve("passwords"), "# Jetty password file\n" + USER + ": " + PASSWORD + "\n");
                return GazetteServer.create(s.dataset())
                        .options(ServerOptions.builder().port(0).allowUpdate(true).passwordFile(passwords).build());
            }));

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean inserted() {
        try (RDFLink link = RDFLinkHTTP.service(SERVED.base() + "/gazette/sparql").build()) {
            return link.queryAsk(ASK);
        }
    }

    private static HttpResponse<String> admin(String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVED.base() + "/$/datasets")).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void update_withoutALogin_isChallengedAndChangesNothing() throws Exception {
        HttpResponse<String> r = update(null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(inserted()).isFalse();
    }

    @Test
    void update_withAWrongPassword_isRefused() throws Exception {
        assertThat(update(basic(USER, "wrong")).statusCode()).isEqualTo(401);
        assertThat(inserted()).isFalse();
    }

    @Test
    void update_withTheRightLogin_changesTheStore() throws Exception {
        try {
            assertThat(update(basic(USER, PASSWORD)).statusCode()).isBetween(200, 204);
            assertThat(inserted()).isTrue();
        } finally {
            HttpRequest drop = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", basic(USER, PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <" + GRAPH + ">")).build();
            assertThat(HTTP.send(drop, HttpResponse.BodyHandlers.discarding()).statusCode()).isBetween(200, 204);
        }
        assertThat(inserted()).isFalse();
    }

    @Test
    void update_isFollowedByTheViewsThatAnalystQueriesRead() throws Exception {
        String scratch = "https://w3id.org/gazette-kg/graph/views-scratch";
        String insert = """
                PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                INSERT DATA { GRAPH <%s> {
                  <urn:gkg:doc> a gkg:Document ; gkg:gazette <urn:gkg:gazette> .
                  <urn:gkg:gazette> gkg:city <urn:gkg:city> .
                  <urn:gkg:city> rdfs:label "测试市"@zh .
                } }""".formatted(scratch);
        try {
            assertThat(post(insert).statusCode()).isBetween(200, 204);
            assertThat(documentsPerCity()).containsEntry("测试市", 1L);
        } finally {
            assertThat(post("DROP SILENT GRAPH <" + scratch + ">").statusCode()).isBetween(200, 204);
        }
        assertThat(documentsPerCity()).doesNotContainKey("测试市").isNotEmpty();
    }

    @Test
    void textSearch_worksOnAServerThatTakesUpdates() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT (COUNT(DISTINCT ?doc) AS ?n) { ?doc text:query '长治' }""";
        try (RDFLink link = RDFLinkHTTP.service(SERVED.base() + "/gazette/sparql").build()) {
            assertThat(((Number) link.query(query).select().next().get("n").getLiteralValue()).longValue()).isPositive();
        }
    }

    private static HttpResponse<String> post(String update) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic(USER, PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Documents per city as query 01, which reads a view, gives them. */
    private static Map<String, Long> documentsPerCity() {
        Map<String, Long> counts = new HashMap<>();
        try (RDFLink link = RDFLinkHTTP.service(SERVED.base() + "/gazette/sparql").build()) {
            link.query(QueryCatalog.resolve("01_documents_per_city_year").text()).select().forEachRemaining(row ->
                    counts.merge(row.get("city").getLiteralLexicalForm(), ((Number) row.get("documents").getLiteralValue()).longValue(), Long::sum));
        }
        return counts;
    }

    @Test
    void queries_needNoLogin() throws Exception {
        HttpRequest q = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                .header("Accept", "text/plain").build();
        HttpResponse<String> r = HTTP.send(q, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().strip()).isEqualTo("yes");
    }

    @Test
    void adminApi_asksForALoginEvenFromThisMachine() throws Exception {
        assertThat(admin(null).statusCode()).isEqualTo(401);
        assertThat(admin(basic(USER, "wrong")).statusCode()).isEqualTo(401);
        HttpResponse<String> r = admin(basic(USER, PASSWORD));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/gazette");
    }

    @Test
    void updateFromAPageOfAnotherOrigin_isRefusedEvenWithALogin() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic(USER, PASSWORD))
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT, StandardCharsets.UTF_8)).build();
        assertThat(HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
        assertThat(inserted()).isFalse();
    }

    @Test
    void allowUpdate_withoutAPasswordFile_isRefusedWithTheReason() {
        assertThatThrownBy(() -> ServerOptions.builder().port(0).timeoutMillis(1000).allowUpdate(true).passwordFile(null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(ServerOptions.UPDATE_NEEDS_PASSWORD);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'', names no user", "'# only a comment', names no user"})
    void passwordFile_withoutUsers_isRefused(String content, String message) throws IOException {
        Path file = Files.writeString(SERVED.dir().resolve("empty-passwords"), content);
        assertThatThrownBy(() -> ServerOptions.builder().port(0).timeoutMillis(1000).allowUpdate(false).passwordFile(file).build()).hasMessageContaining(message);
    }

    @Test
    void passwordFile_thatDoesNotExist_isRefused() {
        Path missing = SERVED.dir().resolve("no-such-file");
        assertThatThrownBy(() -> ServerOptions.builder().port(0).timeoutMillis(1000).allowUpdate(true).passwordFile(missing).build()).hasMessageContaining("not a readable file");
    }
}
