package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.gazettekg.graph.GKG;
import org.gazettekg.store.LoadStatistics;
import org.gazettekg.store.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real Linked Data clients, independent of our code, against {@code serve} on the sample corpus:
 * Debian's python3-rdflib ({@code scripts/ld/ld_client.py}: SPARQLStore over the endpoint,
 * {@code Graph().parse()} on dereferenced IRIs in Turtle and JSON-LD, the VoID description) and
 * Comunica from npm ({@code scripts/ld/ld-client.mjs}: the endpoint found through its Service
 * Description, a dereferenced IRI). Each must get the answers our own queries give. A client
 * that is not installed is skipped with a message saying how to install it ({@code .ci/run} does).
 */
class LinkedDataClientsTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPTS = Path.of("scripts", "ld");
    private static final String DOCUMENTS = "SELECT ?number ?date WHERE { ?d a <" + GKG.NS + "Document> ; "
            + "<" + GKG.ELI + "id_local> ?number ; <" + GKG.ELI + "date_document> ?date } ORDER BY ?number ?date";
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <" + GKG.NS + "Document> }";

    @RegisterExtension
    static final ServedFixture SERVED = ServedFixture.sampleCorpus("linked-data-clients-test");

    @Test
    void rdflibSparqlStore_getsOurAnswers() throws Exception {
        assumeRdflib();
        for (String query : List.of(COUNT, DOCUMENTS)) {
            assertThat(rows(run(PYTHON.toString(), SCRIPTS.resolve("ld_client.py").toString(), "sparql", SERVED.base() + "/gazette/sparql", query).out))
                    .as(query).isEqualTo(ours(query)).isNotEmpty();
        }
    }

    @Test
    void rdflibGraphParse_ofDereferencedIris_inTurtleAndJsonLd_getsTheResourcesTriples() throws Exception {
        assumeRdflib();
        for (String iri : examples()) {
            for (String format : List.of("turtle", "json-ld")) {
                Result r = run(PYTHON.toString(), SCRIPTS.resolve("ld_client.py").toString(), "deref",
                        SERVED.base() + IriPaths.idPath(iri).orElseThrow(), format, iri);
                assertThat(pairs(JSON.parseAny(r.out).getAsArray())).as(iri + " " + format).isEqualTo(ourPairs(iri)).isNotEmpty();
            }
        }
    }

    @Test
    void rdflibReadsTheVoidDescription_withOurFigures() throws Exception {
        assumeRdflib();
        var answer = JSON.parse(run(PYTHON.toString(), SCRIPTS.resolve("ld_client.py").toString(), "void",
                SERVED.base() + "/.well-known/void").out);
        String data = " FILTER(?g != <" + LoadStatistics.GRAPH + "> && !STRSTARTS(STR(?g), \"" + View.DERIVED + "\")) ";
        assertThat(answer.get("triples").getAsArray().get(0).getAsNumber().value().longValue())
                .isEqualTo(SERVED.number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o }" + data + "}"));
        // Distinct entities do not add up over the per-file subsets that writes keep; the dataset states none.
        assertThat(answer.get("entities").getAsArray()).isEmpty();
        assertThat(answer.get("subsets").getAsNumber().value().longValue())
                .isEqualTo(SERVED.number("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { }" + data + "}"));
    }

    @Test
    void comunica_findsTheEndpointByItsServiceDescription_andGetsOurAnswers() throws Exception {
        assumeComunica();
        for (String query : List.of(COUNT, DOCUMENTS)) {
            Result r = run("node", SCRIPTS.resolve("ld-client.mjs").toString(), SERVED.base() + "/gazette/sparql", query);
            assertThat(r.err).contains("as sparql source");
            assertThat(rows(r.out)).as(query).isEqualTo(ours(query)).isNotEmpty();
        }
    }

    @Test
    void comunica_followsADereferencedIri_toItsDescription() throws Exception {
        assumeComunica();
        for (String iri : examples()) {
            Result r = run("node", SCRIPTS.resolve("ld-client.mjs").toString(), SERVED.base() + IriPaths.idPath(iri).orElseThrow(),
                    "SELECT ?p ?o WHERE { <" + iri + "> ?p ?o FILTER(!isBlank(?o)) }");
            List<List<String>> pairs = new ArrayList<>();
            rows(r.out).forEach(row -> pairs.add(List.of(row.get("p"), row.get("o"))));
            pairs.sort((a, b) -> (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1)));
            assertThat(pairs).as(iri).isEqualTo(ourPairs(iri)).isNotEmpty();
        }
    }

    /** A document, a division and a body. */
    private static List<String> examples() {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("Document", "AdministrativeDivision", "IssuingBody")) {
            out.add(SERVED.select("SELECT ?s { ?s a <" + GKG.NS + kind + "> FILTER STRSTARTS(STR(?s), \"" + GKG.ID + "\") } ORDER BY ?s LIMIT 1")
                    .get(0).getResource("s").getURI());
        }
        return out;
    }

    private static void assumeRdflib() throws Exception {
        boolean present = Files.isExecutable(PYTHON)
                && new ProcessBuilder(PYTHON.toString(), "-c", "import rdflib").start().waitFor() == 0;
        assumeTrue(present, "skipped: Debian's python3-rdflib is not installed for /usr/bin/python3 (apt-get install python3-rdflib)");
    }

    private static void assumeComunica() {
        assumeTrue(Files.isDirectory(SCRIPTS.resolve("node_modules/@comunica/query-sparql")) && onPath("node"),
                "skipped: Comunica is not installed (needs node, then: npm ci --prefix scripts/ld)");
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    private record Result(String out, String err) {
    }

    private static Result run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + err.get()).isZero();
        return new Result(out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A client's JSON array of {variable: value} rows. */
    private static List<Map<String, String>> rows(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonValue v : JSON.parseAny(json).getAsArray()) {
            Map<String, String> row = new TreeMap<>();
            v.getAsObject().forEach((k, value) -> row.put(k, value.getAsString().value()));
            out.add(row);
        }
        return out;
    }

    private static List<List<String>> pairs(JsonArray array) {
        List<List<String>> out = new ArrayList<>();
        for (JsonValue v : array) {
            out.add(List.of(v.getAsArray().get(0).getAsString().value(), v.getAsArray().get(1).getAsString().value()));
        }
        out.sort((a, b) -> (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1)));
        return out;
    }

    private static List<Map<String, String>> ours(String query) {
        List<Map<String, String>> out = new ArrayList<>();
        for (QuerySolution s : SERVED.select(query)) {
            Map<String, String> row = new TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, value(s.get(v))));
            out.add(row);
        }
        return out;
    }

    /** The resource's (predicate, object) pairs, blank objects left out, sorted. */
    private static List<List<String>> ourPairs(String iri) {
        List<List<String>> out = new ArrayList<>();
        for (QuerySolution s : SERVED.select("SELECT DISTINCT ?p ?o { <" + iri + "> ?p ?o FILTER(!isBlank(?o)) } ORDER BY ?p ?o")) {
            out.add(List.of(s.getResource("p").getURI(), value(s.get("o"))));
        }
        out.sort((a, b) -> (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1)));
        return out;
    }

    private static String value(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
