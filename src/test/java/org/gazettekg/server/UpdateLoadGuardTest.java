package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --allow-update}: a logged-in user's {@code LOAD} of a file is refused unless {@code --allow-update-load}. */
class UpdateLoadGuardTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "pw-9x";
    private static final String SECRET = "secret-marker-77c1";
    private static final String GRAPH = "urn:gkg:test:loaded";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    private interface ServerTest {
        void run(String base, Path secret) throws Exception;
    }

    private void withServer(boolean allowLoad, ServerTest test) throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        Path secret = Files.writeString(tmp.resolve("secret.ttl"), "<urn:x:s> <urn:x:p> \"" + SECRET + "\" .\n");
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            FusekiServer server = GazetteServer.create(store).options(ServerOptions.builder().port(0).allowUpdate(true).passwordFile(passwords).maxRequestBytes(ServerOptions.DEFAULT_MAX_REQUEST_BYTES).allowUpdateLoad(allowLoad).build()).build();
            server.start();
            try {
                test.run("http://127.0.0.1:" + server.getHttpPort(), secret);
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> update(String base, String contentType, String body) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/gazette/update")).timeout(Duration.ofMinutes(1))
                .header("Authorization", auth).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean secretStored(String base) throws Exception {
        String ask = "ASK { GRAPH ?g { ?s ?p \"" + SECRET + "\" } }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/gazette/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().contains("true");
    }

    @Test
    void loggedInLoadOfAFile_isRefusedWith403AndReadsNothing() throws Exception {
        withServer(false, (base, secret) -> {
            HttpResponse<String> r = update(base, "application/sparql-update", "LOAD <" + secret.toUri() + "> INTO GRAPH <" + GRAPH + ">");
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("--allow-update-load");
            assertThat(secretStored(base)).isFalse();
        });
    }

    @Test
    void loggedInLoadSentAsAForm_isRefusedToo() throws Exception {
        withServer(false, (base, secret) -> {
            String form = "update=" + URLEncoder.encode("LOAD <" + secret.toUri() + "> INTO GRAPH <" + GRAPH + ">", StandardCharsets.UTF_8);
            HttpResponse<String> r = update(base, "application/x-www-form-urlencoded", form);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(secretStored(base)).isFalse();
        });
    }

    @Test
    void otherUpdates_stillRunAfterTheCheck() throws Exception {
        withServer(false, (base, secret) -> {
            HttpResponse<String> r = update(base, "application/sparql-update",
                    "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x:s> <urn:x:p> \"" + SECRET + "\" } }");
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
            assertThat(secretStored(base)).isTrue();
        });
    }

    @Test
    void operatorFlag_allowsLoad() throws Exception {
        withServer(true, (base, secret) -> {
            HttpResponse<String> r = update(base, "application/sparql-update", "LOAD <" + secret.toUri() + "> INTO GRAPH <" + GRAPH + ">");
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
            assertThat(secretStored(base)).isTrue();
        });
    }
}
