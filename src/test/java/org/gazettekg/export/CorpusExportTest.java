package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.export.ExportReaders.GEXF_NS;
import static org.gazettekg.export.ExportReaders.GRAPHML_NS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** The exports of the sample corpus: valid, and as large as SPARQL says the citation network is. */
class CorpusExportTest {

    private static final Path COUNT_QUERY = Path.of("scripts", "export-citation-counts.rq");
    private static DatasetGraph dataset;
    private static Exporter exporter;

    @BeforeAll
    static void parseCorpus() {
        dataset = ExportFixtures.corpus();
        exporter = new Exporter(dataset);
    }

    private static QuerySolution sparqlCounts() throws IOException {
        String query = Files.readString(COUNT_QUERY, StandardCharsets.UTF_8);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(dataset))) {
                return qe.execSelect().next();
            }
        });
    }

    @Test
    void citationNetwork_graphmlAndGexfHoldAsManyNodesAndEdgesAsTheCountQuery() throws Exception {
        QuerySolution counts = sparqlCounts();
        int nodes = counts.getLiteral("nodes").getInt();
        int edges = counts.getLiteral("edges").getInt();
        assertThat(edges).as("the corpus has citations").isPositive();

        byte[] graphml = ExportReaders.export(exporter, ExportRequest.subset(Subset.CITATIONS, ExportFormat.GRAPHML));
        byte[] gexf = ExportReaders.export(exporter, ExportRequest.subset(Subset.CITATIONS, ExportFormat.GEXF));
        Document g = ExportReaders.dom(graphml);
        Document x = ExportReaders.dom(gexf);

        assertThat(ExportReaders.elements(g, GRAPHML_NS, "node")).hasSize(nodes);
        assertThat(ExportReaders.elements(g, GRAPHML_NS, "edge")).hasSize(edges);
        assertThat(ExportReaders.elements(x, GEXF_NS, "node")).hasSize(nodes);
        assertThat(ExportReaders.elements(x, GEXF_NS, "edge")).hasSize(edges);
    }

    @ParameterizedTest
    @EnumSource(value = Subset.class, names = {"CITATIONS", "CITIES", "DIVISION_CHANGES"})
    void everySubset_isValidGraphmlAndGexf(Subset subset) throws SAXException {
        ExportReaders.validateGraphml(ExportReaders.export(exporter, ExportRequest.subset(subset, ExportFormat.GRAPHML)));
        ExportReaders.validateGexf(ExportReaders.export(exporter, ExportRequest.subset(subset, ExportFormat.GEXF)));
    }

    @Test
    void neighbourhoodOfAChangeNotice_reachesTheDivisionsItChanges() throws SAXException {
        // 长治 2020-02 prints the division change notice 长政通字〔2020〕2号.
        ExportRequest request = ExportRequest.neighbourhood("长政通字[2020]2号", 1, ExportFormat.GRAPHML);
        ExportGraph graph = new GraphExtractor(dataset).extract(request);

        assertThat(graph.nodes()).extracting(n -> n.attributes().get("label")).contains("韩店镇", "韩店街道");
        ExportReaders.validateGraphml(ExportReaders.export(exporter, request));
    }
}
