package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code ontology/gazette.ttl} against {@link GKG}: every vocabulary constant is declared with
 * the right kind, labelled and commented in Chinese and English, and the ontology declares
 * nothing the code does not know.
 */
class OntologyTest {

    static final String ONTOLOGY_FILE = "ontology/gazette.ttl";
    static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/gazette-kg/ontology");
    private static final List<Resource> TERM_KINDS = List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty);
    private static final Map<String, String> SCHEME_OF_CONSTANT = Map.of(
            "DocumentKindScheme", "kind", "LevelScheme", "level",
            "DivisionLevelScheme", "division-level", "ChangeTypeScheme", "change-type");

    private static Model ontology;

    @BeforeAll
    static void loadOntology() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY_FILE);
    }

    /** The public static Resource and Property constants of GKG in the gkg namespace, by field name. */
    static Stream<Map.Entry<String, Resource>> gkgTerms() {
        return constants().entrySet().stream().filter(e -> e.getValue().getURI().startsWith(GKG.NS));
    }

    static Map<String, Resource> constants() {
        return Stream.of(GKG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .collect(Collectors.toMap(Field::getName, OntologyTest::valueOf));
    }

    private static Resource valueOf(Field field) {
        try {
            return (Resource) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void header_declaresTheOntologyWithVersionTitlesAndLicence() {
        assertThat(ontology.contains(ONTOLOGY, RDF.type, OWL.Ontology)).isTrue();
        assertThat(ontology.getProperty(ONTOLOGY, OWL2.versionIRI).getResource().getURI())
                .isEqualTo("https://w3id.org/gazette-kg/ontology/0.2.0");
        assertThat(ontology.contains(ONTOLOGY, OWL.versionInfo)).isTrue();
        assertThat(languages(ONTOLOGY, DCTerms.title)).contains("zh", "en");
        assertThat(languages(ONTOLOGY, DCTerms.description)).contains("zh", "en");
        assertThat(ontology.getProperty(ONTOLOGY, DCTerms.created).getString()).isEqualTo("2026-11-25");
        assertThat(ontology.contains(ONTOLOGY, DCTerms.license)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gkgTerms")
    void gkgConstant_isDeclaredLabelledAndCommentedInBothLanguages(Map.Entry<String, Resource> term) {
        Resource r = term.getValue();
        boolean isProperty = r instanceof Property;

        assertThat(kindsOf(r)).as("declared kind of %s", term.getKey()).hasSize(1)
                .allMatch(k -> isProperty ? !k.equals(OWL.Class) : k.equals(OWL.Class));
        assertThat(languages(r, RDFS.label)).as("labels of %s", term.getKey()).contains("zh", "en");
        assertThat(languages(r, RDFS.comment)).as("comments of %s", term.getKey()).contains("zh", "en");
        assertThat(ontology.contains(r, RDFS.isDefinedBy, ONTOLOGY)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gkgTerms")
    void gkgProperty_hasDomainAndRange(Map.Entry<String, Resource> term) {
        Resource r = term.getValue();
        if (kindsOf(r).contains(OWL.Class)) {
            return;
        }
        assertThat(ontology.contains(r, RDFS.domain)).as("domain of %s", term.getKey()).isTrue();
        assertThat(ontology.contains(r, RDFS.range)).as("range of %s", term.getKey()).isTrue();
    }

    @Test
    void everyDeclaredTerm_hasLabelAndCommentInBothLanguages() {
        Set<Resource> declared = declaredTerms();
        declared.addAll(ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toSet());

        assertThat(declared).isNotEmpty().allSatisfy(term -> {
            assertThat(languages(term, RDFS.label)).as("labels of %s", term).contains("zh", "en");
            assertThat(languages(term, RDFS.comment)).as("comments of %s", term).contains("zh", "en");
        });
    }

    @Test
    void everyDeclaredGkgTerm_isAConstantOfGkg() {
        Set<Resource> known = gkgTerms().map(Map.Entry::getValue).collect(Collectors.toSet());

        assertThat(declaredTerms()).filteredOn(t -> t.getURI().startsWith(GKG.NS)).allMatch(known::contains);
    }

    @ParameterizedTest(name = "{0} ⊑ {1}")
    @CsvSource({
            "Document, https://w3id.org/gazette-kg/ontology#Policy",
            "Policy, http://data.europa.eu/eli/ontology#LegalResource",
            "IssuingBody, http://www.w3.org/ns/org#Organization",
            "AdministrativeDivision, http://purl.org/dc/terms/Location",
            "DivisionChange, http://www.w3.org/ns/prov#Activity",
            "SourceFile, http://www.w3.org/ns/prov#Entity",
            "GazetteIssue, http://www.w3.org/ns/prov#Entity",
    })
    void gkgClass_specialisesTheStandardClass(String local, String superclass) {
        Resource cls = ResourceFactory.createResource(GKG.NS + local);

        assertThat(ontology.contains(cls, RDFS.subClassOf, ResourceFactory.createResource(superclass))).isTrue();
    }

    @ParameterizedTest(name = "{0} ≡ {1}⁻")
    @CsvSource({"citation, citingDocument", "citingDocument, citation", "event, decreedBy", "decreedBy, event"})
    void gkgProperty_isDeclaredTheInverseOfItsCounterpart(String local, String inverse) {
        Resource p = ResourceFactory.createResource(GKG.NS + local);

        assertThat(ontology.contains(p, OWL.inverseOf, ResourceFactory.createResource(GKG.NS + inverse))).isTrue();
    }

    @Test
    void inferredIssuer_isKeptApartFromWhatAHeadingPrints() {
        assertThat(ontology.contains(GKG.inferredIssuer, RDFS.subPropertyOf, (RDFNode) null)).isFalse();
        assertThat(ontology.contains(GKG.inferredIssuer, RDFS.range, GKG.IssuingBody)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"city", "within", "abolished", "established", "village", "movedFrom", "movedTo", "succeededBy",
            "parentDivision"})
    void divisionValuedProperty_isAnObjectPropertyRangingOverDivisions(String local) {
        Resource p = ResourceFactory.createResource(GKG.NS + local);

        assertThat(ontology.contains(p, RDF.type, OWL.ObjectProperty)).isTrue();
        assertThat(ontology.contains(p, RDFS.range, GKG.AdministrativeDivision)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DocumentKindScheme", "LevelScheme", "DivisionLevelScheme", "ChangeTypeScheme"})
    void schemeConstant_isDeclaredAsConceptScheme(String field) {
        Resource scheme = constants().get(field);

        assertThat(ontology.contains(scheme, RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(scheme.getURI()).isEqualTo(GKG.ID + SCHEME_OF_CONSTANT.get(field));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "kind, 通知", "kind, 通告", "kind, 意见", "kind, 实施意见", "kind, 批复", "kind, 函", "kind, 决定",
            "kind, 办法", "kind, 规定", "kind, 报告", "kind, 请示", "kind, 方案", "kind, 细则",
            "level, national", "level, provincial", "level, municipal",
            "division-level, province", "division-level, city", "division-level, county",
            "division-level, township", "division-level, village",
            "change-type, 撤销", "change-type, 设立", "change-type, 更名", "change-type, 划入",
    })
    void knownConcept_isDeclaredAtTheIriTheWriterMints(String scheme, String notation) {
        Resource concept = ResourceFactory.createResource(Iris.concept(scheme, notation));

        assertThat(ontology.contains(concept, RDF.type, SKOS.Concept)).isTrue();
        assertThat(ontology.contains(concept, SKOS.inScheme, ResourceFactory.createResource(GKG.ID + scheme))).isTrue();
        assertThat(ontology.contains(concept, SKOS.notation, notation)).isTrue();
        assertThat(languages(concept, SKOS.prefLabel)).containsExactlyInAnyOrder("zh", "en");
    }

    @Test
    void everyConcept_isInItsSchemeWithNotationAndBothLabels() {
        List<Resource> concepts = ontology.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();

        assertThat(concepts).hasSize(58).allSatisfy(c -> {
            String scheme = c.getPropertyResourceValue(SKOS.inScheme).getURI().substring(GKG.ID.length());
            String notation = c.getProperty(SKOS.notation).getString();
            assertThat(c.getURI()).isEqualTo(Iris.concept(scheme, notation));
            assertThat(languages(c, SKOS.prefLabel)).containsExactlyInAnyOrder("zh", "en");
        });
    }

    private static Set<Resource> declaredTerms() {
        return TERM_KINDS.stream()
                .flatMap(k -> ontology.listSubjectsWithProperty(RDF.type, k).toList().stream())
                .filter(Resource::isURIResource)
                .collect(Collectors.toSet());
    }

    private static List<Resource> kindsOf(Resource term) {
        return TERM_KINDS.stream().filter(k -> ontology.contains(term, RDF.type, k)).toList();
    }

    private static List<String> languages(Resource subject, Property p) {
        return ontology.listStatements(subject, p, (RDFNode) null).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(o -> o.asLiteral().getLanguage())
                .toList();
    }
}
