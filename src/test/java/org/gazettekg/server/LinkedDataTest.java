package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.gazettekg.graph.GKG;
import org.gazettekg.store.LoadStatistics;
import org.gazettekg.store.View;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dereferenceable IRIs, the Service Description and VoID over HTTP, on the sample corpus: every
 * resource kind in every format; the descriptions read by raptor ({@code rapper}), an independent
 * parser, agree with SPARQL; no request reads a file or another host, or writes.
 */
class LinkedDataTest {

    /** One resource of each kind the server must dereference. */
    private static final List<String> KINDS = List.of(GKG.NS + "Document", GKG.NS + "Policy", GKG.NS + "AdministrativeDivision",
            GKG.NS + "IssuingBody", GKG.NS + "GazetteIssue", GKG.NS + "DivisionChange", GKG.NS + "Citation",
            GKG.NS + "SourceFile", GKG.SKOS + "Concept");
    private static final List<RdfFormat> RDF = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final ServedFixture SERVED = ServedFixture.sampleCorpus("linked-data-test");

    @Test
    void everyResourceKind_dereferencesInEveryRdfFormat() throws Exception {
        for (String kind : KINDS) {
            String iri = example(kind);
            long outgoing = SERVED.number("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?p ?o { <" + iri + "> ?p ?o } }");
            for (RdfFormat format : RDF) {
                HttpResponse<String> seeOther = get(IriPaths.idPath(iri).orElseThrow(), format.mediaType());
                assertThat(seeOther.statusCode()).as(kind + " " + format).isEqualTo(303);
                assertThat(seeOther.headers().firstValue("Vary")).contains("Accept");
                String location = seeOther.headers().firstValue("Location").orElseThrow();
                assertThat(location).isEqualTo(IriPaths.docPath(iri).orElseThrow() + "?format=" + format.parameter());
                HttpResponse<String> doc = get(location, "*/*");
                assertThat(doc.statusCode()).isEqualTo(200);
                assertThat(doc.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType());
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(doc.body(), format.lang()).base(SERVED.base()).parse(g);
                assertThat((long) g.find(NodeFactory.createURI(iri), null, null).toList().size()).as(kind + " " + format).isEqualTo(outgoing);
            }
        }
    }

    @Test
    void everyResourceKind_hasAPageForBrowsers() throws Exception {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        for (String kind : KINDS) {
            String iri = example(kind);
            HttpResponse<String> seeOther = get(IriPaths.idPath(iri).orElseThrow(), browser);
            assertThat(seeOther.statusCode()).isEqualTo(303);
            String location = seeOther.headers().firstValue("Location").orElseThrow();
            boolean sourceView = kind.endsWith("#Document") || kind.endsWith("#Policy");
            assertThat(location).as(kind).startsWith(sourceView ? "/source?doc=" : IriPaths.docPath(iri).orElseThrow() + "?format=html");
            HttpResponse<String> page = get(location, browser);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains(sourceView ? SourceHtml.escape(iri) : "id=\"resource\" data-iri=\"" + SourceHtml.escape(iri));
        }
    }

    @Test
    void aDocWithoutFormat_negotiatesAndVaries() throws Exception {
        String path = IriPaths.docPath(example(GKG.NS + "IssuingBody")).orElseThrow();
        HttpResponse<String> r = get(path, "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(r.headers().firstValue("Vary")).contains("Accept");
        assertThat(get(path, "image/png").statusCode()).isEqualTo(406);
        assertThat(get(path + "?format=exe", "*/*").statusCode()).isEqualTo(400);
    }

    @Test
    void anUnknownIri_is404() throws Exception {
        assertThat(get("/id/doc/%E6%97%A0%E6%AD%A4%E6%96%87", "text/turtle").statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/doc/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/id/file:%2F%2F%2Fetc%2Fpasswd", "/doc/%2Fetc%2Fpasswd",
            "/id/http:%2F%2Flocalhost:1%2Fx", "/doc/doc/x?format=file:%2F%2F%2Fetc%2Fpasswd", "/id/%2E%2E/%2E%2E/pom.xml",
            "/doc/source/..%2F..%2Fpom.xml?format=ttl"})
    void aPathNamingAFileOrAnotherHost_readsNothing(String path) throws Exception {
        long before = SERVED.number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        HttpResponse<String> r = get(path, "text/turtle");
        assertThat(r.statusCode()).isIn(400, 404);
        assertThat(r.body()).doesNotContain("root:").doesNotContain("<project");
        assertThat(SERVED.number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).isEqualTo(before);
    }

    @Test
    void anEncodedSlashOutsideIdAndDoc_isRefused() throws Exception {
        assertThat(get("/analyst/x%2Fy", "*/*").statusCode()).isEqualTo(400);
        assertThat(get("/id/doc/x%2Fy", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void serviceDescription_atTheEndpointWithoutAQuery_namesEndpointFormatsAndGraphs() throws Exception {
        HttpResponse<String> r = get("/gazette/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Vary")).contains("Accept");
        List<String> nt = rapper(r.body(), "turtle");
        String sd = "<http://www.w3.org/ns/sparql-service-description#";
        assertThat(nt).anyMatch(t -> t.contains(sd + "endpoint> <" + SERVED.base() + "/gazette/sparql>"));
        assertThat(nt).anyMatch(t -> t.contains(sd + "resultFormat> <http://www.w3.org/ns/formats/SPARQL_Results_JSON>"));
        assertThat(nt).anyMatch(t -> t.contains("<http://www.w3.org/2000/01/rdf-schema#seeAlso> <" + SERVED.base() + "/.well-known/void>"));
        assertThat(nt).anyMatch(t -> t.contains(sd + "feature> " + sd + "UnionDefaultGraph>"));
        assertThat(nt.stream().filter(t -> t.contains(sd + "name>")).count())
                .isEqualTo(SERVED.number("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }"));
        HttpResponse<String> query = HTTP.send(HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql?query=ASK%7B%7D"))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(query.body()).contains("\"boolean\"");
    }

    @Test
    void voidDescription_parsedByRaptor_agreesWithSparql() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "application/rdf+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        List<String> nt = rapper(r.body(), "rdfxml");
        String v = "<" + LoadStatistics.VOID;
        assertThat(integer(nt, "<" + LoadStatistics.DATASET + "> " + v + "triples> "))
                .isEqualTo(SERVED.number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + LoadStatistics.GRAPH + "> && !STRSTARTS(STR(?g), \"" + View.DERIVED + "\")) }"));
        assertThat(nt).noneMatch(t -> t.startsWith("<" + LoadStatistics.DATASET + "> " + v + "entities> "));
        assertThat(nt.stream().filter(t -> t.startsWith("<" + LoadStatistics.DATASET + "> " + v + "subset>")).count())
                .isEqualTo(SampleCorpus.files().size() + 1L);
        assertThat(nt).anyMatch(t -> t.contains(v + "sparqlEndpoint> <" + SERVED.base() + "/gazette/sparql>"));
        assertThat(nt).anyMatch(t -> t.contains("<http://purl.org/dc/terms/license> <" + LoadStatistics.LICENSE + ">"));
    }

    @Test
    void ontology_isServed() throws Exception {
        HttpResponse<String> r = get("/ontology", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rapper(r.body(), "ntriples")).anyMatch(t -> t.startsWith("<" + GKG.NS + "Document> "));
    }

    @Test
    void sourceViewOfACitedPolicy_showsItsCatalogFactsAndWhoCitesIt() throws Exception {
        List<QuerySolution> rows = SERVED.select("PREFIX gkg: <" + GKG.NS + "> PREFIX skos: <" + GKG.SKOS + "> "
                + "SELECT ?p ?level { ?p a gkg:Document ; gkg:level/skos:notation ?level . ?c gkg:citedPolicy ?p } ORDER BY ?p LIMIT 1");
        assumeTrue(!rows.isEmpty(), "the sample corpus has a printed document that another cites");
        String iri = rows.get(0).getResource("p").getURI();
        HttpResponse<String> page = get("/source?doc=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8), "text/html");
        assertThat(page.body()).contains("id=\"catalog-facts\"").contains(rows.get(0).getLiteral("level").getLexicalForm())
                .contains("class=\"cited-by\"");
    }

    private static long integer(List<String> nt, String prefix) {
        Pattern p = Pattern.compile(Pattern.quote(prefix) + "\"(\\d+)\"");
        for (String t : nt) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no " + prefix + " in the VoID description");
    }

    /** The triples raptor reads from {@code body}, as N-Triples lines; skips when rapper is not installed. */
    private static List<String> rapper(String body, String syntax) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/rapper")), "raptor's rapper is not installed (apt-get install raptor2-utils)");
        Path in = Files.createTempFile(SERVED.dir(), "description", ".rdf");
        Files.writeString(in, body);
        Process p = new ProcessBuilder("/usr/bin/rapper", "-q", "-i", syntax, "-o", "ntriples", in.toString(), SERVED.base() + "/")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("rapper exit").isZero();
        return out.lines().toList();
    }

    private static String example(String kind) {
        List<QuerySolution> rows = SERVED.select("SELECT ?s { ?s a <" + kind + "> FILTER STRSTARTS(STR(?s), \"" + GKG.ID + "\") } ORDER BY ?s LIMIT 1");
        assertThat(rows).as(kind).hasSize(1);
        return rows.get(0).getResource("s").getURI();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SERVED.base() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
