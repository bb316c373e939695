package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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
import org.gazettekg.parse.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GazetteerRdfWriter}: the gazetteer graph, as {@code GazetteStore} puts it into its own
 * named graph, conforms to the shapes, uses declared terms the way the ontology declares them, and
 * records renames as change events that name their source instead of a decreeing document.
 */
class GazetteerRdfWriterTest {

    private static final String VERSION = "0123456789abcdef";
    private static final String DIVISIONS = """
            code\tname\tlevel\tparent_code
            14\t山西省\tprovince\t
            1407\t晋中市\tcity\t14
            140703\t太谷区\tcounty\t1407
            140703100\t明星镇\ttownship\t140703
            """;
    private static final String CHANGES = """
            year\tkind\tlevel\told_code\told_name\tnew_code\tnew_name\tsource
            2019\t撤县设区\tcounty\t140726\t太谷县\t140703\t太谷区\t民政部 2019年县级以上行政区划变更情况 (撤销太谷县，设立晋中市太谷区)
            """;

    private static Shapes shapes;
    private static Model ontology;
    private static Graph standardGraph;

    @BeforeAll
    static void loadShapesOntologyAndStandardGazetteer() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(ShapesTest.SHAPES_FILE));
        ontology = RDFDataMgr.loadModel(OntologyTest.ONTOLOGY_FILE);
        standardGraph = write(Gazetteer.standard()).getGraph(NodeFactory.createURI(GazetteerRdfWriter.GRAPH));
    }

    @Test
    void standardGazetteer_isWrittenIntoItsOwnNamedGraph() {
        DatasetGraph dsg = write(Gazetteer.standard());

        assertThat(dsg.listGraphNodes()).toIterable().extracting(Node::getURI).containsExactly(GazetteerRdfWriter.GRAPH);
        assertThat(dsg.getDefaultGraph().isEmpty()).isTrue();
    }

    @Test
    void standardGazetteerGraph_conformsToShapes() {
        ValidationReport report = ShaclValidator.get().validate(shapes, standardGraph);

        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void standardGazetteerGraph_usesGkgTermsWithTheKindTheOntologyDeclares() {
        List<Triple> gkgTriples = standardGraph.find().filterKeep(t -> t.getPredicate().getURI().startsWith(GKG.NS)).toList();

        assertThat(gkgTriples).isNotEmpty().allSatisfy(t -> {
            Resource p = ResourceFactory.createResource(t.getPredicate().getURI());
            Resource kind = t.getObject().isLiteral() ? OWL.DatatypeProperty : OWL.ObjectProperty;
            assertThat(ontology.contains(p, RDF.type, kind)).as("%s declared %s", p, kind).isTrue();
            if (t.getObject().isLiteral()) {
                Resource range = ontology.getResource(p.getURI()).getPropertyResourceValue(RDFS.range);
                assertThat(t.getObject().getLiteralDatatypeURI()).as("datatype of %s", t).isEqualTo(range.getURI());
            }
        });
    }

    @Test
    void standardGazetteerGraph_usesOnlyReusedTermsTheOntologyHeaderNames() throws IOException {
        String ontologyText = Files.readString(Path.of(OntologyTest.ONTOLOGY_FILE));

        assertThat(GazetteRdfWriterTest.reusedPredicates(standardGraph)).isNotEmpty()
                .allSatisfy(p -> assertThat(ontologyText).contains(ontology.shortForm(p)));
    }

    @Test
    void conceptsOfTheGazetteerGraph_haveNoPrefLabelButTheOntologyLabelsThemInBothLanguages() {
        Model m = ModelFactory.createModelForGraph(standardGraph);

        assertThat(m.listSubjectsWithProperty(RDF.type, GKG.skosConcept).toList()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.hasProperty(GKG.skosPrefLabel)).as("prefLabel of %s", c).isFalse();
            assertThat(ontology.listObjectsOfProperty(c, GKG.skosPrefLabel).mapWith(l -> l.asLiteral().getLanguage()).toList())
                    .as("ontology labels of %s", c).contains("zh", "en");
        });
    }

    @Test
    void everyUnitButTheProvincialUnits_hasItsParentInTheGraph() {
        Model m = ModelFactory.createModelForGraph(standardGraph);
        List<Resource> provinces = Gazetteer.standard().units(Gazetteer.PROVINCE).stream()
                .map(p -> m.getResource(Iris.division(p.code()))).toList();

        assertThat(provinces).hasSize(31).allSatisfy(p -> assertThat(p.hasProperty(GKG.parentDivision)).isFalse());
        assertThat(m.listSubjectsWithProperty(RDF.type, GKG.AdministrativeDivision).toList())
                .filteredOn(d -> !provinces.contains(d))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.getPropertyResourceValue(GKG.parentDivision))
                        .as("parent of %s", d).isNotNull()
                        .satisfies(parent -> assertThat(parent.hasProperty(RDF.type, GKG.AdministrativeDivision)).isTrue()));
    }

    @Test
    void rename_isAChangeEventWithSourceYearAndFormerName_andNoDecreeingDocument() {
        Model m = ModelFactory.createModelForGraph(write(small()).getUnionGraph());
        Resource current = m.getResource(Iris.division("140703"));
        Resource former = m.getResource(Iris.divisionByName("1407", "太谷县"));
        List<Resource> events = m.listSubjectsWithProperty(RDF.type, GKG.DivisionChange).toList();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.hasProperty(GKG.decreedBy)).isFalse();
            assertThat(e.getProperty(GKG.dctSource).getLanguage()).isEqualTo("zh");
            assertThat(e.getProperty(GKG.year).getLiteral().getLexicalForm()).isEqualTo("2019");
            assertThat(e.getProperty(GKG.previousName).getString()).isEqualTo("太谷县");
            assertThat(e.getPropertyResourceValue(GKG.changeType).getURI()).isEqualTo(Iris.concept("change-type", "更名"));
            assertThat(e.getPropertyResourceValue(GKG.abolished)).isEqualTo(former);
            assertThat(e.getPropertyResourceValue(GKG.established)).isEqualTo(current);
        });
        assertThat(former.getPropertyResourceValue(GKG.succeededBy)).isEqualTo(current);
        assertThat(former.getPropertyResourceValue(GKG.parentDivision).getURI()).isEqualTo(Iris.division("1407"));
        assertThat(current.getProperty(GKG.previousName).getString()).isEqualTo("太谷县");
    }

    @Test
    void gazetteerNode_recordsTheVersion() {
        Model m = ModelFactory.createModelForGraph(write(small()).getUnionGraph());
        Resource self = m.getResource(GazetteerRdfWriter.GAZETTEER);

        assertThat(self.getProperty(GKG.dctIdentifier).getString()).isEqualTo(VERSION);
        assertThat(self.hasProperty(RDFS.label)).isTrue();
    }

    @Test
    void smallGazetteerGraph_conformsToShapes() {
        ValidationReport report = ShaclValidator.get().validate(shapes, write(small()).getUnionGraph());

        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void writingTwice_givesIsomorphicDatasets() {
        assertThat(IsoMatcher.isomorphic(write(small()), write(small()))).isTrue();
    }

    private static Gazetteer small() {
        return Gazetteer.read(new StringReader(DIVISIONS), new StringReader(CHANGES));
    }

    private static DatasetGraph write(Gazetteer gazetteer) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF stream = StreamRDFLib.dataset(dsg);
        stream.start();
        new GazetteerRdfWriter(stream).write(gazetteer, VERSION);
        stream.finish();
        return dsg;
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }
}
