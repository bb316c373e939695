package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.server.GazetteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code GET /export} on the gazette server (Fuseki on a free port) over the hand-made graph. */
class ExportServletTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = GazetteServer.create(ExportFixtures.handMade()).port(0).build();
        server.start();
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<byte[]> get(String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/export?" + query)).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormat_comesWithItsMediaType(ExportFormat format) throws Exception {
        HttpResponse<byte[]> r = get("subset=citations&format=" + format.id());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(contentType(r)).startsWith(format.mediaType());
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("长政办发〔2020〕10号");
    }

    @Test
    void graphml_overHttp_isValidGraphml() throws Exception {
        HttpResponse<byte[]> r = get("subset=division-changes&format=graphml");

        assertThat(contentType(r)).startsWith("application/graphml+xml");
        try {
            ExportReaders.validateGraphml(r.body());
        } catch (SAXException e) {
            throw new AssertionError("invalid GraphML over HTTP: " + e.getMessage(), e);
        }
    }

    @Test
    void neighbourhood_takesOfAndDepth() throws Exception {
        HttpResponse<byte[]> shallow = get("subset=neighbourhood&format=cytoscape&depth=0&of=" + enc("长政办发[2020]10号"));
        HttpResponse<byte[]> deeper = get("subset=neighbourhood&format=cytoscape&depth=2&of=" + enc(ExportFixtures.IRI_A));

        JsonNode one = new ObjectMapper().readTree(shallow.body());
        JsonNode two = new ObjectMapper().readTree(deeper.body());
        assertThat(contentType(shallow)).startsWith("application/json");
        assertThat(one.path("elements").path("nodes")).hasSize(1);
        assertThat(two.path("elements").path("nodes").size()).isGreaterThan(10);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "subset=everything&format=graphml | unknown subset",
            "subset=citations&format=xlsx | unknown export format",
            "format=graphml | missing parameter subset",
            "subset=neighbourhood&format=gexf | --of",
            "subset=neighbourhood&format=gexf&of=x&depth=deep | depth",
            "subset=neighbourhood&format=gexf&of=x&depth=9 | depth",
            "subset=neighbourhood&format=gexf&of=%E9%95%BF%E6%94%BF%E5%8F%91%E3%80%942099%E3%80%951%E5%8F%B7 | in the graph"})
    void badRequest_isA400NamingTheProblem(String query, String reason) throws Exception {
        HttpResponse<byte[]> r = get(query);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(contentType(r)).startsWith("text/plain");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains(reason);
    }

    @Test
    void sparqlEndpoint_stillAnswersBesideTheExport() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + GazetteServer.DATASET + "/sparql?query="
                + enc("ASK { ?s ?p ?o }"))).header("Accept", "application/sparql-results+json").GET().build();

        assertThat(HTTP.send(req, HttpResponse.BodyHandlers.ofString()).body()).contains("true");
    }
}
