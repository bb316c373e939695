package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.gazettekg.parse.DivisionChange;
import org.gazettekg.parse.DivisionMention;
import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.IssueRecord;
import org.gazettekg.parse.SourceText;
import org.gazettekg.parse.TocEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GazetteRdfWriter} fed hand-built records: what it writes conforms to the shapes, uses
 * only declared terms the way the ontology declares them, mints the same IRIs on every run, keeps
 * joint issuers in printed order, and links documents, issues, cited policies, cities and division
 * changes the way the ontology says.
 */
class GazetteRdfWriterTest {

    private static final String SOURCE = "changzhi-2020-02.txt";
    private static final String CITY_GOVERNMENT = "长治市人民政府";
    private static final String CIVIL_AFFAIRS = "长治市民政局";
    private static final String NUMBER = "长政通字〔2020〕2号";
    private static final String CITED_NUMBER = "晋政发〔2019〕3号";
    private static final String ISSUE = "https://w3id.org/gazette-kg/id/gazette/长治市/2020/2";
    private static final String REUSED_NAMESPACES_NOT_DOCUMENTED = "^http://www\\.w3\\.org/(1999/02/22-rdf-syntax-ns|2000/01/rdf-schema)#.*";

    private static Shapes shapes;
    private static Model ontology;

    @BeforeAll
    static void loadShapesAndOntology() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(ShapesTest.SHAPES_FILE));
        ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE);
    }

    /** One gazette's worth of records, fed to a writer; named for the test report. */
    record Scenario(String name, Consumer<GazetteSink> feed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                new Scenario("issue with masthead, joint document, citations, mentions and division changes",
                        w -> writeIssue(w, List.of(CITY_GOVERNMENT, CIVIL_AFFAIRS))),
                new Scenario("file without masthead, unnumbered document", GazetteRdfWriterTest::writeMastheadless));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writtenGraph_conformsToShapes(Scenario scenario) {
        Graph union = write(scenario).getUnionGraph();

        ValidationReport report = ShaclValidator.get().validate(shapes, union);

        assertThat(GazetteShapes.violations(report)).as(describe(report)).isEmpty();
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

    @Test
    void documentInAnIssue_isLinkedByGkgIssueNotEliIsPartOf() {
        Model m = issueModel();
        Resource doc = m.getResource(Iris.policyByNumber(NUMBER));

        assertThat(doc.getPropertyResourceValue(GKG.issueOf).getURI()).isEqualTo(ISSUE);
        assertThat(m.contains(null, m.createProperty(GKG.ELI + "is_part_of"))).isFalse();
    }

    @Test
    void tocEntry_namesItsPrintedIssuerWithDctermsCreator() {
        Model m = issueModel();
        Resource entry = m.getResource(Iris.atLine("toc", SOURCE, 20, 0));

        assertThat(label(entry.getPropertyResourceValue(GKG.dctCreator))).isEqualTo(CITY_GOVERNMENT);
        assertThat(entry.hasProperty(GKG.eliPassedBy)).isFalse();
    }

    @Test
    void citedPolicyByNumber_getsTheInferredIssuerAndLevelOfItsAgencyCode_notEliPassedBy() {
        Model m = issueModel();
        Resource cited = m.getResource(Iris.policyByNumber(CITED_NUMBER));

        assertThat(label(cited.getPropertyResourceValue(GKG.inferredIssuer))).isEqualTo("山西省人民政府");
        assertThat(cited.getPropertyResourceValue(GKG.level).getURI()).isEqualTo(Iris.concept("level", "provincial"));
        assertThat(cited.hasProperty(GKG.eliPassedBy)).isFalse();
    }

    @Test
    void document_getsTheLevelOfItsOwnNumberAndItsNormalisedTitle() {
        Model m = issueModel();
        Resource doc = m.getResource(Iris.policyByNumber(NUMBER));

        assertThat(doc.getPropertyResourceValue(GKG.level).getURI()).isEqualTo(Iris.concept("level", "municipal"));
        assertThat(doc.getProperty(GKG.normalisedTitle).getString()).isEqualTo("关于上党区调整部分乡镇行政区划的通告");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void gazetteCity_isTheCitysDivisionNodeOfLevelCity(Scenario scenario) {
        Model m = ModelFactory.createModelForGraph(write(scenario).getUnionGraph());
        List<Resource> cities = m.listObjectsOfProperty(GKG.city).mapWith(RDFNode::asResource).toList();

        assertThat(cities).hasSize(1).allSatisfy(city -> {
            assertThat(city.hasProperty(RDF.type, GKG.AdministrativeDivision)).isTrue();
            assertThat(city.getPropertyResourceValue(GKG.divisionLevel).getURI()).isEqualTo(Iris.concept("division-level", "city"));
            assertThat(city.hasProperty(GKG.divisionCode)).isTrue();
        });
    }

    @Test
    void divisionChanges_areDecreedByTheDocumentListedBackByEventAndDatedByIt() {
        Model m = issueModel();
        Resource doc = m.getResource(Iris.policyByNumber(NUMBER));
        List<Resource> changes = m.listSubjectsWithProperty(RDF.type, GKG.DivisionChange).toList();

        assertThat(changes).hasSize(3).allSatisfy(change -> {
            assertThat(change.getPropertyResourceValue(GKG.decreedBy)).isEqualTo(doc);
            assertThat(doc.hasProperty(GKG.event, change)).isTrue();
            assertThat(change.getProperty(GKG.dctDate).getLiteral().getLexicalForm()).isEqualTo("2020-03-10");
        });
    }

    @Test
    void abolishedTownshipNotInGazetteer_isScopedByItsCountyAndSucceededByTheNewOne() {
        Model m = issueModel();
        Resource qiaoshang = m.getResource(Iris.divisionByName("140427", "桥上乡"));

        assertThat(qiaoshang.hasProperty(RDF.type, GKG.AdministrativeDivision)).isTrue();
        assertThat(qiaoshang.getPropertyResourceValue(GKG.parentDivision).getURI()).isEqualTo(Iris.division("140427"));
        assertThat(qiaoshang.getPropertyResourceValue(GKG.succeededBy).getURI()).isEqualTo(Iris.division("140427105"));
    }

    @Test
    void countyMovedInAClauseThatNamesACountyLast_isNoUnitOfThatCounty() {
        // 国函〔1994〕133号 (hebei-1994-baoding.txt of the held-back set): 徐水县 is no longer a unit; 雄县 is the last county named
        Model m = parsedModel("""
                国务院关于同意河北省保定地市合并实行市领导县体制的批复

                国函〔1994〕133号

                河北省人民政府:

                二、新设立的地级保定市辖原保定地区的涞水县、阜平县、徐水县、定兴县、唐县、高阳县、容城县、涞源县、望都县、安新县、易县、曲阳县、蠡县、顺平县、博野县、雄县和保定市的满城县。

                中华人民共和国国务院

                一九九四年十二月十七日
                """);

        assertThat(m.containsResource(m.getResource(Iris.divisionByName("130638", "徐水县")))).isFalse();
        assertThat(m.getResource(Iris.divisionByName("徐水县")).hasProperty(GKG.parentDivision)).isFalse();
    }

    private static Model parsedModel(String text) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF stream = StreamRDFLib.dataset(dsg);
        stream.start();
        new GazetteParser().parse(SourceText.of("s.txt", text.lines().toList()), new GazetteRdfWriter(stream).resolving());
        stream.finish();
        return ModelFactory.createModelForGraph(dsg.getUnionGraph());
    }

    @Test
    void villageMove_namesTheVillageScopedByTheTownshipItLeaves() {
        Model m = issueModel();
        Resource move = m.listSubjectsWithProperty(GKG.movedTo).toList().get(0);
        Resource village = move.getPropertyResourceValue(GKG.village);

        assertThat(move.hasProperty(RDF.type, GKG.VillageMove)).isTrue();
        assertThat(village.getURI()).isEqualTo(Iris.divisionByName("140427203", "马安驼"));
        assertThat(village.getPropertyResourceValue(GKG.parentDivision).getURI()).isEqualTo(Iris.division("140427203"));
        assertThat(move.getPropertyResourceValue(GKG.movedFrom).getURI()).isEqualTo(Iris.division("140427203"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyConceptWritten_isLabelledInChineseInTheGraphOrByTheOntology(Scenario scenario) {
        Model m = ModelFactory.createModelForGraph(write(scenario).getUnionGraph());

        assertThat(m.listSubjectsWithProperty(RDF.type, GKG.skosConcept).toList()).isNotEmpty().allSatisfy(c -> {
            String notation = c.getProperty(GKG.skosNotation).getString();
            boolean chinese = notation.codePoints().anyMatch(ch -> ch > 0x7F);
            assertThat(c.hasProperty(GKG.skosPrefLabel)).as("prefLabel of %s", c).isEqualTo(chinese);
            if (!chinese) {
                assertThat(ontology.contains(c, GKG.skosPrefLabel)).as("ontology label of %s", c).isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyReusedTermWritten_isNamedInTheOntologyHeader(Scenario scenario) throws IOException {
        String ontologyText = Files.readString(Path.of(OntologyTest.ONTOLOGY_FILE));
        Graph union = write(scenario).getUnionGraph();

        assertThat(reusedPredicates(union)).isNotEmpty()
                .allSatisfy(p -> assertThat(ontologyText).contains(ontology.shortForm(p)));
    }

    /** The predicates of {@code graph} outside the gkg, RDF and RDFS namespaces. */
    static Set<String> reusedPredicates(Graph graph) {
        return graph.find().mapWith(t -> t.getPredicate().getURI())
                .filterDrop(p -> p.startsWith(GKG.NS) || p.matches(REUSED_NAMESPACES_NOT_DOCUMENTED))
                .toSet();
    }

    private static Model issueModel() {
        return ModelFactory.createModelForGraph(write(scenarios().findFirst().orElseThrow()).getUnionGraph());
    }

    private static String label(Resource r) {
        return r.getProperty(RDFS.label).getString();
    }

    private static DatasetGraph write(Scenario scenario) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF stream = StreamRDFLib.dataset(dsg);
        stream.start();
        scenario.feed().accept(new GazetteRdfWriter(stream).resolving());
        stream.finish();
        return dsg;
    }

    private static void writeIssue(GazetteSink w, List<String> issuers) {
        DocNumber number = DocNumber.parse("长政通字 〔2020〕 2号").orElseThrow();
        DocumentRecord doc = new DocumentRecord(96, 130, number, issuers,
                "关于上党区调整部分乡镇行政区划的通告", "通告", LocalDate.of(2020, 3, 10),
                "关于上党区调整部分乡镇行政区划的通告\n根据《行政区划管理条例》……",
                List.of(new Citation(100, "根据《行政区划管理条例》", null, "行政区划管理条例", null,
                                Citation.Relation.BASED_ON),
                        new Citation(101, "（晋政发〔2019〕3号）", CITED_NUMBER, null, null,
                                Citation.Relation.CITES)),
                List.of(new DivisionMention(96, "上党区", "140404", "county", null),
                        new DivisionMention(105, "西火镇", null, "township", "撤销")),
                divisionChanges());
        w.start(SOURCE, 1200);
        w.issue(new IssueRecord("长治市人民政府公报", "长治市", 2020, "2", "27", LocalDate.of(2020, 4, 30),
                "长治市人民政府办公室", 1));
        w.tocEntry(new TocEntry(20, "市政府文件", CITY_GOVERNMENT, doc.title(), number, "3"), doc);
        w.tocEntry(new TocEntry(24, null, null, "长治市人民政府领导同志工作分工", null, "9"), null);
        w.document(doc);
        w.end();
    }

    /**
     * A replacement within a county (韩店镇 → 韩店街道), a clause that abolishes a township no
     * longer in the gazetteer, establishes another and moves a village into it, and a move that
     * names neither county nor destination.
     */
    private static List<DivisionChange> divisionChanges() {
        DivisionMention shangdang = new DivisionMention(102, "上党区", "140404", "county", null);
        DivisionMention huguan = new DivisionMention(110, "壶关县", "140427", "county", null);
        DivisionMention daxiagu = new DivisionMention(110, "大峡谷镇", "140427105", "township", "设立");
        return List.of(
                new DivisionChange(102, shangdang, List.of(new DivisionMention(102, "韩店镇", null, "township", "撤销")),
                        List.of(new DivisionMention(102, "韩店街道", "140404001", "township", "设立")), List.of()),
                new DivisionChange(110, huguan, List.of(new DivisionMention(110, "桥上乡", null, "township", "撤销")),
                        List.of(daxiagu),
                        List.of(new DivisionChange.VillageMove(new DivisionMention(111, "马安驼", null, "village", "划入"),
                                new DivisionMention(111, "石坡乡", "140427203", "township", null), daxiagu))),
                new DivisionChange(115, null, List.of(), List.of(),
                        List.of(new DivisionChange.VillageMove(new DivisionMention(115, "东村", null, "village", "划入"),
                                new DivisionMention(115, "西火镇", null, "township", null), null))));
    }

    private static void writeMastheadless(GazetteSink w) {
        DocumentRecord doc = new DocumentRecord(40, 52, null, List.of("朔州市人民政府"), "朔州市人民政府工作规则",
                null, null, "朔州市人民政府工作规则\n第一章 总则", List.of(), List.of());
        w.start("shuozhou docs.txt", 800);
        w.tocEntry(new TocEntry(5, null, null, doc.title(), null, null), doc);
        w.document(doc);
        w.end();
    }

    private static List<String> issuerLabels(List<String> issuers) {
        Model model = ModelFactory.createModelForGraph(write(new Scenario("issuers " + issuers, w -> writeIssue(w, issuers))).getUnionGraph());
        Resource doc = model.getResource(Iris.policyByNumber(NUMBER));
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
