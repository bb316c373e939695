package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gazettekg.export.ExportReaders.GEXF_NS;
import static org.gazettekg.export.ExportReaders.GRAPHML_NS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every export of every subset read back by a reader that did not write it: the GraphML and GEXF
 * schemas and the JDK's DOM, JGraphT's GraphML and DOT importers, Jackson, Jena's parsers and
 * commons-csv; each must find the subset's nodes, edges, typed attributes and Chinese labels.
 */
class ExportRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DatasetGraph dataset;
    private static Exporter exporter;
    private static GraphExtractor extractor;

    @BeforeAll
    static void build() {
        dataset = ExportFixtures.handMade();
        exporter = new Exporter(dataset);
        extractor = new GraphExtractor(dataset);
    }

    static Stream<Arguments> subsets() {
        return Stream.of(
                Arguments.of("citations", (Object) subset(Subset.CITATIONS)),
                Arguments.of("cities", subset(Subset.CITIES)),
                Arguments.of("division-changes", subset(Subset.DIVISION_CHANGES)),
                Arguments.of("neighbourhood of A, depth 2", (Object) ExportRequest.neighbourhood(ExportFixtures.DOC_A, 2, ExportFormat.GRAPHML)),
                Arguments.of("construct query", (Object) ExportRequest.query("""
                        PREFIX eli: <http://data.europa.eu/eli/ontology#>
                        CONSTRUCT { ?d eli:cites ?p } WHERE { ?d eli:cites ?p }""", ExportFormat.GRAPHML)));
    }

    private static ExportRequest subset(Subset s) {
        return ExportRequest.subset(s, ExportFormat.GRAPHML);
    }

    private static ExportRequest as(ExportRequest r, ExportFormat f) {
        return new ExportRequest(r.subset(), r.query(), f, r.of(), r.depth());
    }

    private static byte[] export(ExportRequest r, ExportFormat f) {
        return ExportReaders.export(exporter, as(r, f));
    }

    private static ExportGraph expected(ExportRequest r) {
        return extractor.extract(r);
    }

    private static Set<String> nodeIds(ExportGraph g) {
        return g.nodes().stream().map(ExportGraph.Node::id).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void graphml_validatesAgainstSchemaAndReimportsWithSameCounts(String name, ExportRequest request) throws SAXException {
        ExportGraph g = expected(request);
        byte[] xml = export(request, ExportFormat.GRAPHML);

        ExportReaders.validateGraphml(xml);
        org.jgrapht.Graph<String, DefaultEdge> imported = (g.directed() ? GraphTypeBuilder.<String, DefaultEdge>directed()
                : GraphTypeBuilder.<String, DefaultEdge>undirected()).allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class).buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("label")) {
                labels.put(p.getFirst(), a.getValue());
            }
        });
        importer.importGraph(imported, ExportReaders.reader(xml));

        assertThat(imported.vertexSet()).hasSize(g.nodes().size());
        assertThat(imported.edgeSet()).hasSize(g.edges().size());
        assertThat(imported.vertexSet().stream().map(GraphmlIds::decode).collect(Collectors.toSet())).isEqualTo(nodeIds(g));
        g.nodes().forEach(n -> assertThat(labels.get(GraphmlIds.encode(n.id()))).isEqualTo(n.attributes().get("label")));
    }

    @Test
    void graphml_declaresTypedKeys() {
        Document doc = ExportReaders.dom(export(subset(Subset.CITIES), ExportFormat.GRAPHML));

        assertThat(ExportReaders.graphmlKeyTypes(doc, "edge")).containsEntry("weight", "int").containsEntry("relation", "string");
        assertThat(ExportReaders.graphmlKeyTypes(doc, "node")).containsEntry("label", "string").containsEntry("kind", "string");
        Document citations = ExportReaders.dom(export(subset(Subset.CITATIONS), ExportFormat.GRAPHML));
        assertThat(ExportReaders.graphmlKeyTypes(citations, "node")).containsEntry("year", "int");
        assertThat(ExportReaders.graphmlKeyTypes(citations, "edge")).containsEntry("line", "int");
        assertThat(ExportReaders.elements(citations, GRAPHML_NS, "graph")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("edgedefault")).isEqualTo("directed"));
    }

    @Test
    void graphmlSchema_rejectsRawIrisAsIds() {
        String raw = new String(export(subset(Subset.CITATIONS), ExportFormat.GRAPHML), StandardCharsets.UTF_8)
                .replace(GraphmlIds.encode(ExportFixtures.IRI_A), ExportFixtures.IRI_A);

        assertThatThrownBy(() -> ExportReaders.validateGraphml(raw.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("NMTOKEN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void gexf_validatesAgainstSchemaAndHoldsTheSameNodesAndEdges(String name, ExportRequest request) throws SAXException {
        ExportGraph g = expected(request);
        byte[] xml = export(request, ExportFormat.GEXF);

        ExportReaders.validateGexf(xml);
        Document doc = ExportReaders.dom(xml);
        List<Element> nodes = ExportReaders.elements(doc, GEXF_NS, "node");
        assertThat(nodes).extracting(e -> e.getAttribute("id")).containsExactlyInAnyOrderElementsOf(nodeIds(g));
        assertThat(ExportReaders.elements(doc, GEXF_NS, "edge")).hasSize(g.edges().size());
        Map<String, Object> labels = g.nodes().stream().collect(Collectors.toMap(ExportGraph.Node::id, n -> n.attributes().get("label")));
        assertThat(nodes).allSatisfy(e -> assertThat(e.getAttribute("label")).isEqualTo(labels.get(e.getAttribute("id"))));
        assertThat(ExportReaders.elements(doc, GEXF_NS, "graph")).singleElement().satisfies(e ->
                assertThat(e.getAttribute("defaultedgetype")).isEqualTo(g.directed() ? "directed" : "undirected"));
    }

    @Test
    void gexf_typesAttributesAndCarriesWeights() {
        Document cities = ExportReaders.dom(export(subset(Subset.CITIES), ExportFormat.GEXF));
        Document citations = ExportReaders.dom(export(subset(Subset.CITATIONS), ExportFormat.GEXF));

        assertThat(ExportReaders.gexfAttributeTypes(citations, "node")).containsEntry("year", "integer").containsEntry("city", "string");
        assertThat(ExportReaders.gexfAttributeTypes(citations, "edge")).containsEntry("line", "integer");
        assertThat(ExportReaders.elements(cities, GEXF_NS, "edge")).extracting(e -> e.getAttribute("weight"))
                .containsExactlyInAnyOrder("2.0", "1.0", "1.0", "1.0");
    }

    @Test
    void gexfSchema_rejectsAnUnknownAttributeType() {
        String broken = new String(export(subset(Subset.CITATIONS), ExportFormat.GEXF), StandardCharsets.UTF_8)
                .replace("type=\"integer\"", "type=\"int32\"");

        assertThatThrownBy(() -> ExportReaders.validateGexf(broken.getBytes(StandardCharsets.UTF_8))).isInstanceOf(SAXException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void cytoscape_parsesWithJacksonIntoElementsWithData(String name, ExportRequest request) throws IOException {
        ExportGraph g = expected(request);
        JsonNode root = JSON.readTree(export(request, ExportFormat.CYTOSCAPE));

        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.path("data").path("id").asText()));
        assertThat(ids).isEqualTo(nodeIds(g));
        assertThat(edges).hasSize(g.edges().size());
        edges.forEach(e -> assertThat(ids).contains(e.path("data").path("source").asText(), e.path("data").path("target").asText()));
        assertThat(root.path("data").path("directed").asBoolean()).isEqualTo(g.directed());
    }

    @Test
    void cytoscape_keepsNumbersNumericAndChineseReadable() throws IOException {
        byte[] json = export(subset(Subset.CITATIONS), ExportFormat.CYTOSCAPE);
        JsonNode root = JSON.readTree(json);

        JsonNode a = null;
        for (JsonNode n : root.path("elements").path("nodes")) {
            if (n.path("data").path("id").asText().equals(ExportFixtures.IRI_A)) {
                a = n.path("data");
            }
        }
        assertThat(a).isNotNull();
        assertThat(a.path("year").isInt()).isTrue();
        assertThat(a.path("city").asText()).isEqualTo("长治市");
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("长治市人民政府办公室");
        root.path("elements").path("edges").forEach(e -> assertThat(e.path("data").path("line").isInt()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void turtleAndJsonLd_parseBackToIsomorphicGraphs(String name, ExportRequest request) {
        Graph expected = GraphFactory.createDefaultGraph();
        expected(request).triples().find().forEachRemaining(q -> expected.add(q.asTriple()));

        for (ExportFormat f : List.of(ExportFormat.TURTLE, ExportFormat.JSONLD)) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(export(request, f))).lang(f == ExportFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD11)
                    .parse(parsed);
            assertThat(parsed.isIsomorphicWith(expected)).as(f.id()).isTrue();
            assertThat(parsed.size()).as(f.id()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void nquads_parseBackToTheSameQuadsInTheirSourceGraphs(String name, ExportRequest request) {
        DatasetGraph expected = expected(request).triples();
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(export(request, ExportFormat.NQUADS))).lang(Lang.NQUADS).parse(parsed);

        Set<Quad> expectedQuads = new HashSet<>(Iter.toList(expected.find()));
        assertThat(new HashSet<>(Iter.toList(parsed.find()))).isEqualTo(expectedQuads);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void csv_readsBackOneRecordPerEdge(String name, ExportRequest request) throws IOException {
        ExportGraph g = expected(request);
        byte[] csv = export(request, ExportFormat.CSV);

        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            records = parser.getRecords();
            assertThat(parser.getHeaderNames()).startsWith("source", "target", "source_label", "target_label").contains("relation");
        }
        assertThat(records).hasSize(g.edges().size());
        List<String> expectedPairs = new ArrayList<>();
        g.edges().forEach(e -> expectedPairs.add(e.source() + " " + e.target() + " " + e.attributes().get("relation")));
        assertThat(records).extracting(r -> r.get("source") + " " + r.get("target") + " " + r.get("relation"))
                .containsExactlyElementsOf(expectedPairs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subsets")
    void dot_reimportsWithSameCounts(String name, ExportRequest request) {
        ExportGraph g = expected(request);
        org.jgrapht.Graph<String, DefaultEdge> imported = (g.directed() ? GraphTypeBuilder.<String, DefaultEdge>directed()
                : GraphTypeBuilder.<String, DefaultEdge>undirected()).allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class).buildGraph();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(imported, ExportReaders.reader(export(request, ExportFormat.DOT)));

        assertThat(imported.vertexSet()).isEqualTo(nodeIds(g));
        assertThat(imported.edgeSet()).hasSize(g.edges().size());
    }

    @Test
    void citationsCsv_matchesTheGoldenFile() throws IOException {
        String golden;
        try (var in = getClass().getResourceAsStream("/export/citations.golden.csv")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(new String(export(subset(Subset.CITATIONS), ExportFormat.CSV), StandardCharsets.UTF_8)).isEqualTo(golden);
    }

    @Test
    void selectQuery_asRdf_isRejectedWithAHint() {
        ExportRequest select = ExportRequest.query("SELECT ?source ?target { ?source <http://data.europa.eu/eli/ontology#cites> ?target }",
                ExportFormat.TURTLE);

        assertThatThrownBy(() -> ExportReaders.export(exporter, select)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONSTRUCT");
    }
}
