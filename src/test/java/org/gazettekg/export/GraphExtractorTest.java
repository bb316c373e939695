package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gazettekg.export.ExportFixtures.*;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each subset and query draws out of the hand-made graph. */
class GraphExtractorTest {

    private static DatasetGraph dataset;
    private static GraphExtractor extractor;

    @BeforeAll
    static void build() {
        dataset = ExportFixtures.handMade();
        extractor = new GraphExtractor(dataset);
    }

    private static ExportGraph subset(Subset s) {
        return extractor.extract(ExportRequest.subset(s, ExportFormat.GRAPHML));
    }

    private static Map<String, ExportGraph.Node> byId(ExportGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(ExportGraph.Node::id, Function.identity()));
    }

    @Test
    void citations_oneEdgePerCitationWithRelationAndLine() {
        ExportGraph g = subset(Subset.CITATIONS);

        assertThat(g.directed()).isTrue();
        assertThat(g.nodes()).hasSize(CITATION_NODES);
        assertThat(g.edges()).hasSize(CITATIONS);
        assertThat(g.edges()).filteredOn(e -> e.source().equals(IRI_A) && e.target().equals(IRI_PROVINCIAL))
                .extracting(e -> e.attributes().get("line")).containsExactlyInAnyOrder(14, 20);
        assertThat(g.edges()).filteredOn(e -> e.source().equals(IRI_A) && e.target().equals(IRI_REGULATION))
                .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("relation", "eli:based_on"));
    }

    @Test
    void citations_nodesCarryKindCityYearIssuerAndLevel() {
        Map<String, ExportGraph.Node> nodes = byId(subset(Subset.CITATIONS));

        assertThat(nodes.get(IRI_A).attributes()).containsEntry("kind", "document").containsEntry("city", "长治市")
                .containsEntry("year", 2020).containsEntry("issuer", "长治市人民政府办公室").containsEntry("level", "municipal")
                .containsEntry("label", "长治市人民政府办公室关于印发长治市优化营商环境实施方案的通知")
                .containsEntry("iri", IRI_A).containsEntry("number", DOC_A);
        assertThat(nodes.get(IRI_PROVINCIAL).attributes()).containsEntry("kind", "policy")
                .containsEntry("level", "provincial").containsEntry("issuer", "山西省人民政府办公厅").doesNotContainKey("city");
        assertThat(nodes.get(IRI_REGULATION).attributes()).containsEntry("label", REGULATION);
    }

    @Test
    void cities_linkCitiesToSharedPoliciesWeightedByCitingDocuments() {
        ExportGraph g = subset(Subset.CITIES);

        assertThat(g.directed()).isFalse();
        Map<String, ExportGraph.Node> nodes = byId(g);
        Map<String, Object> weights = g.edges().stream().collect(Collectors.toMap(
                e -> nodes.get(e.source()).attributes().get("label") + "→" + nodes.get(e.target()).attributes().get("label"),
                e -> e.attributes().get("weight")));
        // 国办发〔2019〕3号 is cited from 晋城 only, so it is shared by no two cities.
        assertThat(weights).containsOnly(Map.entry("长治市→" + PROVINCIAL, 2), Map.entry("长治市→" + REGULATION, 1),
                Map.entry("晋城市→" + PROVINCIAL, 1), Map.entry("晋城市→" + REGULATION, 1));
        assertThat(g.nodes()).filteredOn(n -> "city".equals(n.attributes().get("kind"))).hasSize(2);
    }

    @Test
    void divisionChanges_documentToChangedDivisionsAndDivisionsToParents() {
        ExportGraph g = subset(Subset.DIVISION_CHANGES);
        Map<String, ExportGraph.Node> nodes = byId(g);
        Function<String, String> label = id -> String.valueOf(nodes.get(id).attributes().get("label"));

        assertThat(g.edges()).filteredOn(e -> e.source().equals(IRI_B))
                .extracting(e -> label.apply(e.target()) + " " + e.attributes().get("change"))
                .containsExactlyInAnyOrder("韩店镇 撤销", "韩店街道 设立", "西村 划入");
        assertThat(g.edges()).filteredOn(e -> "gkg:parentDivision".equals(e.attributes().get("relation")))
                .extracting(e -> label.apply(e.source()) + "→" + label.apply(e.target()))
                .contains("韩店镇→上党区", "西村→上党区");
        assertThat(g.edges()).extracting(e -> label.apply(e.source()) + " " + e.attributes().get("relation") + " " + label.apply(e.target()))
                .contains("西村 gkg:movedFrom 苏店镇", "西村 gkg:movedTo 韩店街道", "韩店镇 gkg:succeededBy 韩店街道");
    }

    @Test
    void neighbourhoodDepthZero_isTheDocumentAloneWithItsLiterals() {
        ExportGraph g = extractor.extract(ExportRequest.neighbourhood("长政办发[2020]10号", 0, ExportFormat.GRAPHML));

        assertThat(g.nodes()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(IRI_A);
            assertThat(n.attributes()).containsEntry("gkg_startLine", 10).containsEntry("eli_date_document", "2020-03-01")
                    .doesNotContainKey("gkg_fullText");
        });
        assertThat(g.edges()).isEmpty();
    }

    @Test
    void neighbourhoodDepthOne_reachesCitedPoliciesAndCitingNodesBothWays() {
        ExportGraph g = extractor.extract(ExportRequest.neighbourhood(DOC_A, 1, ExportFormat.GRAPHML));
        Map<String, ExportGraph.Node> nodes = byId(g);

        assertThat(nodes).containsKeys(IRI_A, IRI_PROVINCIAL, IRI_REGULATION, ID + "gazette/长治市");
        assertThat(nodes).doesNotContainKeys(IRI_B, IRI_C);
        assertThat(g.edges()).allSatisfy(e -> assertThat(nodes).containsKeys(e.source(), e.target()));
        assertThat(g.edges()).extracting(e -> e.attributes().get("relation")).contains("eli:cites", "eli:based_on", "gkg:citation");
    }

    @Test
    void neighbourhoodDepthTwo_reachesOtherDocumentsCitingTheSamePolicy() {
        ExportGraph g = extractor.extract(ExportRequest.neighbourhood(IRI_A, 2, ExportFormat.GRAPHML));

        assertThat(byId(g)).containsKeys(IRI_B, IRI_C);
    }

    @ParameterizedTest
    @ValueSource(strings = {"长政办发〔2099〕1号", "https://w3id.org/gazette-kg/id/doc/nothing", "not a number"})
    void neighbourhoodOfUnknownFocus_isRejectedNamingIt(String of) {
        assertThatThrownBy(() -> extractor.extract(ExportRequest.neighbourhood(of, 1, ExportFormat.GRAPHML)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the graph");
    }

    @Test
    void selectQuery_rowsBecomeWeightedLabelledEdgesBetweenDescribedNodes() {
        String q = """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT ?source ?target ("引用" AS ?label) (COUNT(*) AS ?weight)
                WHERE { ?source eli:cites ?target } GROUP BY ?source ?target
                """;
        ExportGraph g = extractor.extract(ExportRequest.query(q, ExportFormat.GRAPHML));

        // 6 distinct (document, policy) pairs among the 7 citations.
        assertThat(g.edges()).hasSize(6).allSatisfy(e -> assertThat(e.attributes()).containsEntry("label", "引用"));
        assertThat(g.edges()).filteredOn(e -> e.source().equals(IRI_A) && e.target().equals(IRI_PROVINCIAL))
                .singleElement().satisfies(e -> assertThat(e.attributes()).containsEntry("weight", 1));
        assertThat(byId(g).get(IRI_C).attributes()).containsEntry("city", "晋城市").containsEntry("kind", "document");
        assertThat(g.triples()).isNull();
    }

    @Test
    void constructQuery_objectTriplesBecomeEdgesAndLiteralsAttributes() {
        String q = """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                CONSTRUCT { ?d eli:based_on ?p ; eli:id_local ?n } WHERE { ?d eli:based_on ?p ; eli:id_local ?n }
                """;
        ExportGraph g = extractor.extract(ExportRequest.query(q, ExportFormat.GRAPHML));

        assertThat(g.edges()).extracting(e -> e.source() + " " + e.target())
                .containsExactlyInAnyOrder(IRI_A + " " + IRI_REGULATION, IRI_C + " " + IRI_PROVINCIAL);
        assertThat(byId(g).get(IRI_A).attributes()).containsEntry("eli_id_local", DOC_A);
        // Exactly the constructed triples, each in the source graph that holds it.
        assertThat(g.triples().getUnionGraph().size()).isEqualTo(4);
    }

    @Test
    void selectWithoutSourceAndTarget_isRejected() {
        assertThatThrownBy(() -> extractor.extract(ExportRequest.query("SELECT ?s ?o { ?s ?p ?o }", ExportFormat.CSV)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("?source and ?target");
    }

    @Test
    void askQuery_isRejected() {
        assertThatThrownBy(() -> extractor.extract(ExportRequest.query("ASK { ?s ?p ?o }", ExportFormat.CSV)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SELECT");
    }

    @Test
    void subsetTriples_keepTheSourceFileGraphOfEachFact() {
        ExportGraph g = subset(Subset.CITATIONS);

        assertThat(Iter.toList(g.triples().listGraphNodes())).extracting(Object::toString).containsExactlyInAnyOrder(
                "https://w3id.org/gazette-kg/graph/changzhi-test.txt", "https://w3id.org/gazette-kg/graph/jincheng-test.txt");
        assertThat(g.triples().getDefaultGraph().isEmpty()).isTrue();
    }
}
