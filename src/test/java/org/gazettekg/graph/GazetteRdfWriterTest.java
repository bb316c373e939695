package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.gazettekg.parse.Citation;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.TocEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GazetteRdfWriter} fed hand-built records: what it writes conforms to the shapes, uses
 * only declared terms the way the ontology declares them, mints the same IRIs on every run and
 * keeps joint issuers in printed order.
 */
class GazetteRdfWriterTest {

    private static final String SOURCE = "changzhi-2020-02.txt";
    private static final String CITY_GOVERNMENT = "长治市人民政府";
    private static final String CIVIL_AFFAIRS = "长治市民政局";

    private static Shapes shapes;
    private static Model ontology;

    @BeforeAll
    static void loadShapesAndOntology() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(ShapesTest.SHAPES_FILE));
        ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE);
    }

    /** One gazette's worth of records, fed to a writer; named for the test report. */
    record Scenario(String name, Consumer<GazetteRdfWriter> feed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("issue with masthead, joint document, citations and mentions",
                        w -> writeIssue(w, List.of(CITY_GOVERNMENT, CIVIL_AFFAIRS))),
                new Scenario("file without masthead, unnumbered document", GazetteRdfWriterTest::writeMastheadless));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writtenGraph_conformsToShapes(Scenario scenario) {
        Graph union = write(scenario).getUnionGraph();

        ValidationReport report = ShaclValidator.get().validate(shapes, union);

        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writingTwice_givesIsomorphicDatasetsWithTheSameIris(Scenario scenario) {
        DatasetGraph first = write(scenario);
        DatasetGraph second = write(scenario);

        assertThat(IsoMatcher.isomorphic(first, second)).isTrue();
        assertThat(iris(first)).isEqualTo(iris(second)).isNotEmpty();
    }

    @Test
    void jointIssuers_keepPrintedOrderInIssuersList() {
        assertThat(issuerLabels(List.of(CITY_GOVERNMENT, CIVIL_AFFAIRS))).containsExactly(CITY_GOVERNMENT, CIVIL_AFFAIRS);
        assertThat(issuerLabels(List.of(CIVIL_AFFAIRS, CITY_GOVERNMENT))).containsExactly(CIVIL_AFFAIRS, CITY_GOVERNMENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyGkgTermWritten_isDeclaredWithTheKindItIsUsedAs(Scenario scenario) {
        Graph union = write(scenario).getUnionGraph();

        List<Triple> gkgTriples = union.find().filterKeep(t -> t.getPredicate().getURI().startsWith(GKG.NS)).toList();
        assertThat(gkgTriples).isNotEmpty().allSatisfy(t -> {
            Resource p = ResourceFactory.createResource(t.getPredicate().getURI());
            Resource kind = t.getObject().isLiteral() ? OWL.DatatypeProperty : OWL.ObjectProperty;
            assertThat(ontology.contains(p, RDF.type, kind)).as("%s declared %s", p, kind).isTrue();
        });
        assertThat(union.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toSet())
                .filteredOn(c -> c.getURI().startsWith(GKG.NS))
                .isNotEmpty()
                .allMatch(c -> ontology.contains(ResourceFactory.createResource(c.getURI()), RDF.type, OWL.Class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyGkgLiteralWritten_hasTheDatatypeOfItsPropertysRange(Scenario scenario) {
        Graph union = write(scenario).getUnionGraph();

        List<Triple> literals = union.find()
                .filterKeep(t -> t.getPredicate().getURI().startsWith(GKG.NS) && t.getObject().isLiteral()).toList();
        assertThat(literals).isNotEmpty().allSatisfy(t -> {
            Resource range = ontology.getResource(t.getPredicate().getURI()).getPropertyResourceValue(RDFS.range);
            assertThat(t.getObject().getLiteralDatatypeURI()).as("datatype of %s", t).isEqualTo(range.getURI());
        });
    }

    private static DatasetGraph write(Scenario scenario) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF stream = StreamRDFLib.dataset(dsg);
        stream.start();
        scenario.feed().accept(new GazetteRdfWriter(stream));
        stream.finish();
        return dsg;
    }

    private static void writeIssue(GazetteRdfWriter w, List<String> issuers) {
        DocNumber number = DocNumber.parse("长政通字 〔2020〕 2号").orElseThrow();
        DocumentRecord doc = new DocumentRecord(96, 130, number, issuers,
                "关于上党区调整部分乡镇行政区划的通告", "通告", LocalDate.of(2020, 3, 10),
                "关于上党区调整部分乡镇行政区划的通告\n根据《行政区划管理条例》……",
                List.of(new Citation(100, "根据《行政区划管理条例》", null, "行政区划管理条例", null,
                                Citation.Relation.BASED_ON),
                        new Citation(101, "（晋政发〔2019〕3号）", "晋政发〔2019〕3号", null, null,
                                Citation.Relation.CITES)),
                List.of(new DivisionMention(96, "上党区", "140404", "county", null),
                        new DivisionMention(105, "西火镇", null, "township", "撤销")));
        w.start(SOURCE, 1200);
        w.issue(new IssueRecord("长治市人民政府公报", "长治市", 2020, "2", "27", LocalDate.of(2020, 4, 30),
                "长治市人民政府办公室", 1));
        w.tocEntry(new TocEntry(20, "市政府文件", CITY_GOVERNMENT, doc.title(), number, "3"), doc);
        w.tocEntry(new TocEntry(24, null, null, "长治市人民政府领导同志工作分工", null, "9"), null);
        w.document(doc);
        w.end();
    }

    private static void writeMastheadless(GazetteRdfWriter w) {
        DocumentRecord doc = new DocumentRecord(40, 52, null, List.of("朔州市人民政府"), "朔州市人民政府工作规则",
                null, null, "朔州市人民政府工作规则\n第一章 总则", List.of(), List.of());
        w.start("shuozhou docs.txt", 800);
        w.tocEntry(new TocEntry(5, null, null, doc.title(), null, null), doc);
        w.document(doc);
        w.end();
    }

    private static List<String> issuerLabels(List<String> issuers) {
        Model model = ModelFactory.createModelForGraph(write(new Scenario("issuers " + issuers, w -> writeIssue(w, issuers))).getUnionGraph());
        Resource doc = model.getResource(Iris.policyByNumber("长政通字〔2020〕2号"));
        RDFList list = doc.getPropertyResourceValue(GKG.issuers).as(RDFList.class);
        return list.asJavaList().stream()
                .map(RDFNode::asResource)
                .map(body -> body.getProperty(RDFS.label).getString())
                .toList();
    }

    private static List<String> iris(DatasetGraph dsg) {
        return Iter.asStream(dsg.find())
                .flatMap(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
                .filter(Node::isURI)
                .map(Node::getURI)
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

}
