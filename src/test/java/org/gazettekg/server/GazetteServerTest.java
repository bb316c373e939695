package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.query.DocumentLookup;
import org.gazettekg.query.QueryCatalog;
import org.gazettekg.text.GazetteTextIndexTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** End to end: load the sample corpus, start Fuseki on a free port, query it over HTTP. */
class GazetteServerTest {

    private static final String COUNT_DOCUMENTS =
            "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/gazette-kg/ontology#Document> }";

    @RegisterExtension
    static final ServedFixture SERVED = ServedFixture.sampleCorpus("gazette-server-test");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static long remoteCount(String endpoint) {
        try (RDFLink link = RDFLinkHTTP.service(SERVED.base() + endpoint).build()) {
            RowSet rows = link.query(COUNT_DOCUMENTS).select();
            return ((Number) rows.next().get("n").getLiteralValue()).longValue();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SERVED.base() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void sparqlEndpoint_answersOverTheUnionOfAllGazettes() {
        long local = SERVED.number(COUNT_DOCUMENTS);
        assertThat(local).isPositive();
        assertThat(remoteCount("/gazette/sparql")).isEqualTo(local);
    }

    @Test
    void queryEndpoint_isAnAliasOfSparql() {
        assertThat(remoteCount("/gazette/query")).isEqualTo(SERVED.number(COUNT_DOCUMENTS));
    }

    @Test
    void jsonResults_comeFromTheCompactWriter() throws Exception {
        String q = URLEncoder.encode(COUNT_DOCUMENTS, StandardCharsets.UTF_8);
        HttpResponse<String> r = get("/gazette/sparql?query=" + q, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"head\":{\"vars\":[\"n\"]},\"results\":{\"bindings\":[{\"n\":{");
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
        try (RDFLink link = RDFLinkHTTP.newBuilder().destination(SERVED.base() + "/gazette").gspEndpoint("get").build()) {
            Graph g = link.get(graphName);
            long local = Txn.calculateRead(SERVED.store().dataset(),
                    () -> (long) SERVED.store().dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(graphName)).size());
            assertThat(g.size()).isPositive().isEqualTo(local);
        }
    }

    @Test
    void update_isRefusedByTheReadOnlyEndpoint() throws Exception {
        long before = SERVED.number(COUNT_DOCUMENTS);
        String update = "INSERT DATA { <urn:x> a <https://w3id.org/gazette-kg/ontology#Document> }";
        for (String path : List.of("/gazette/update", "/gazette/sparql", "/gazette")) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(SERVED.base() + path))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build();
            int status = HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as(path).isGreaterThanOrEqualTo(400);
        }
        assertThat(SERVED.number(COUNT_DOCUMENTS)).isEqualTo(before);
    }

    @Test
    void rootPage_isTheFusekiUiWithALinkToTheAnalystPage() throws Exception {
        HttpResponse<String> r = get("/", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Apache Jena Fuseki UI").contains("id=\"" + FusekiRootPage.LINK_ID + "\"")
                .contains("href=\"analyst/\"");
        String script = r.body().replaceAll("(?s).*src=\"\\./(static/[^\"]+\\.js)\".*", "$1");
        assertThat(get("/" + script, null).statusCode()).as(script).isEqualTo(200);
    }

    @Test
    void serverStatus_listsTheGazetteDatasetForTheFusekiUi() throws Exception {
        HttpResponse<String> r = get("/$/server", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"/gazette\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, \"bindings\"",
            "application/sparql-results+xml, application/sparql-results+xml, <sparql",
            "text/csv, text/csv, n",
            "text/tab-separated-values, text/tab-separated-values, ?n"})
    void selectResults_comeInTheFormatTheClientAccepts(String accept, String type, String marker) throws Exception {
        HttpResponse<String> r = get("/gazette/sparql?query=" + URLEncoder.encode(COUNT_DOCUMENTS, StandardCharsets.UTF_8), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(type));
        assertThat(r.body()).contains(marker).contains(Long.toString(SERVED.number(COUNT_DOCUMENTS)));
    }

    @Test
    void corsPreflight_allowsAnyOriginToQuery() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://analyst.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        HttpResponse<Void> r = HTTP.send(preflight, HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://analyst.example");
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
    }

    @Test
    void crossOriginQuery_getsTheCorsHeaderOnItsResults() throws Exception {
        HttpRequest q = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/sparql?query="
                + URLEncoder.encode(COUNT_DOCUMENTS, StandardCharsets.UTF_8)))
                .header("Origin", "http://analyst.example").header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> r = HTTP.send(q, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://analyst.example");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"长治", "有机旱作", "蓝天保卫战"})
    void textQueryOverHttp_findsTheDocumentsThatContainTheWord(String word) throws Exception {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                SELECT DISTINCT ?doc ?text { ?doc text:query '%s' ; gkg:fullText ?text }
                """.formatted(word);
        List<String> texts = new ArrayList<>();
        try (RDFLink link = RDFLinkHTTP.service(SERVED.base() + "/gazette/sparql").build()) {
            link.query(query).select().forEachRemaining(b -> texts.add(b.get("text").getLiteralLexicalForm()));
        }
        long expected = Txn.calculateRead(SERVED.store().dataset(), () -> SERVED.store().dataset()
                .stream(null, null, GKG.fullText.asNode(), null)
                .map(q -> q.getObject().getLiteralLexicalForm())
                .filter(t -> GazetteTextIndexTestSupport.flat(t).contains(word)).distinct().count());
        assertThat(texts).hasSize((int) expected).isNotEmpty()
                .allSatisfy(t -> assertThat(GazetteTextIndexTestSupport.flat(t)).contains(word));
    }

    @Test
    void analystPage_andItsScriptsComeFromTheJar() throws Exception {
        HttpResponse<String> page = get("/analyst/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("政府公报知识图谱").contains("/webjars/echarts/").contains("/webjars/cytoscape/");
        for (String path : List.of("/analyst/app.js", "/analyst/app.css", "/webjars/echarts/dist/echarts.min.js",
                "/webjars/cytoscape/dist/cytoscape.min.js")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).hasSizeGreaterThan(1000);
        }
        assertThat(get("/analyst/../../gazettekg/agency-codes.tsv", null).statusCode()).isIn(400, 404);
        assertThat(get("/analyst/%2e%2e/%2e%2e/gazettekg/agency-codes.tsv", null).statusCode()).isIn(400, 404);
        assertThat(get("/analyst/nothing-here.js", null).statusCode()).isEqualTo(404);
    }

    @Test
    void queryList_servesEveryNamedQueryWithItsSummary() throws Exception {
        HttpResponse<String> r = get("/analyst/api/queries", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        var list = JSON.parseAny(r.body()).getAsArray();
        assertThat(list).hasSize(QueryCatalog.names().size());
        var first = list.get(0).getAsObject();
        assertThat(first.getString("name")).isEqualTo("01_documents_per_city_year");
        assertThat(first.getString("summary")).isNotBlank();
        assertThat(first.getString("form")).isEqualTo("SELECT");
        assertThat(first.getString("text")).contains("SELECT");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "長政辦發[2020]10號 | 长政办发〔2020〕10号 | true",
        "长政办发 (2020) 10号 | 长政办发〔2020〕10号 | true",
        "长治市 人民政府 | 长治市人民政府 | false"})
    void numberApi_readsAPrintedNumberAsTheParserDoes(String printed, String canonical, boolean parsed) throws Exception {
        HttpResponse<String> r = get("/analyst/api/number?q=" + URLEncoder.encode(printed, StandardCharsets.UTF_8), "application/json");

        assertThat(r.statusCode()).isEqualTo(200);
        var o = JSON.parseAny(r.body()).getAsObject();
        assertThat(o.getString("canonical")).isEqualTo(canonical);
        assertThat(o.getBoolean("parsed")).isEqualTo(parsed);
    }

    @Test
    void numberApi_refusesAMissingOrHugeQuery() throws Exception {
        assertThat(get("/analyst/api/number", "application/json").statusCode()).isEqualTo(400);
        assertThat(get("/analyst/api/number?q=" + "号".repeat(NumberServlet.MAX_LENGTH + 1), "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void sourceView_byNumberPrintsTheNumberedLinesOfTheDocument() throws Exception {
        var doc = new DocumentLookup(SERVED.store().dataset()).byNumber("长政办发〔2020〕10号").get(0);
        HttpResponse<String> r = get("/source?number=" + URLEncoder.encode("长政办发[2020]10号", StandardCharsets.UTF_8)
                + "&line=" + (doc.startLine() + 1), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(SourceHtml.escape(doc.title()))
                .contains("id=\"L" + doc.startLine() + "\"").contains("id=\"L" + doc.endLine() + "\"")
                .contains("class=\"line marked\" id=\"L" + (doc.startLine() + 1) + "\"");
    }

    @Test
    void sourceView_byIriShowsTheSameDocument() throws Exception {
        var doc = new DocumentLookup(SERVED.store().dataset()).byNumber("长政办发〔2020〕10号").get(0);
        HttpResponse<String> r = get("/source?doc=" + URLEncoder.encode(doc.iri(), StandardCharsets.UTF_8) + "&hl=%E6%9C%89%E6%9C%BA%E6%97%B1%E4%BD%9C", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"L" + doc.endLine() + "\"").contains("<mark>有机旱作</mark>");
    }

    @Test
    void sourceView_ofAPolicyOnlyCited_listsTheLinesThatCiteIt() throws Exception {
        String query = """
                PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?policy ?number ?doc ?line {
                  ?c gkg:citedPolicy ?policy ; gkg:citingDocument ?doc ; gkg:line ?line .
                  ?policy eli:id_local ?number .
                  FILTER NOT EXISTS { ?policy a gkg:Document }
                } ORDER BY ?number LIMIT 1
                """;
        var row = Txn.calculateRead(SERVED.store().dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.create(query,
                    org.apache.jena.query.DatasetFactory.wrap(SERVED.store().dataset()))) {
                return qe.execSelect().next();
            }
        });
        String expectedLink = "/source?doc=" + URLEncoder.encode(row.getResource("doc").getURI(), StandardCharsets.UTF_8)
                + "&amp;line=" + row.getLiteral("line").getInt();
        for (String param : List.of("number=" + URLEncoder.encode(row.getLiteral("number").getString(), StandardCharsets.UTF_8),
                "doc=" + URLEncoder.encode(row.getResource("policy").getURI(), StandardCharsets.UTF_8))) {
            HttpResponse<String> r = get("/source?" + param, null);
            assertThat(r.statusCode()).as(param).isEqualTo(200);
            assertThat(r.body()).as(param).contains("id=\"cited-only\"").contains(expectedLink);
            assertThat(r.body().split(Pattern.quote(expectedLink + "&amp;"), -1)).as("each citation once").hasSize(2);
        }
    }

    @Test
    void sourceView_ofAnUnknownDocumentIsNotFound() throws Exception {
        HttpResponse<String> r = get("/source?number=" + URLEncoder.encode("无此文〔2099〕1号", StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("not-found");
        assertThat(get("/source", null).statusCode()).isEqualTo(400);
    }

    @Test
    void updateEndpoint_refusesWithAMessageNamingTheFlags() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(SERVED.base() + "/gazette/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }")).build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("--allow-update").contains("--password-file");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"PUT, /gazette/get", "POST, /gazette/get", "DELETE, /gazette/get", "PUT, /gazette", "DELETE, /gazette"})
    void graphStoreWrites_areRefused(String method, String path) throws Exception {
        long before = SERVED.number(COUNT_DOCUMENTS);
        HttpRequest req = HttpRequest.newBuilder(URI.create(SERVED.base() + path + "?default"))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:x> a <https://w3id.org/gazette-kg/ontology#Document> .")).build();
        // A fresh client: the server closes a connection whose request body it refused unread.
        HttpClient once = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(once.send(req, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
        assertThat(SERVED.number(COUNT_DOCUMENTS)).isEqualTo(before);
    }

    @Test
    void adminApi_answersThisMachine() throws Exception {
        HttpResponse<String> r = get("/$/datasets", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("/gazette");
    }

    @Test
    void adminApi_refusesARequestFromAPageOfAnotherOrigin() throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(URI.create(SERVED.base() + "/$/datasets/gazette"))
                .header("Origin", "http://evil.example").DELETE().build();
        HttpResponse<String> r = HTTP.send(delete, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("another origin");
        assertThat(remoteCount("/gazette/sparql")).isEqualTo(SERVED.number(COUNT_DOCUMENTS));
    }
}
