package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gazettekg.resolve.LawMatch.Method;
import org.junit.jupiter.api.Test;

/** {@link LegalForce} and {@link LawMatch.Method} against their concept schemes in ontology/gazette.ttl. */
class LegalForceTest {

    private static final Model VOCABULARY = RDFDataMgr.loadModel("ontology/gazette.ttl");
    private static final String ID = "https://w3id.org/gazette-kg/id/";
    private static final String GKG = "https://w3id.org/gazette-kg/ontology#";

    private static Set<String> langs(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getObject().asLiteral().getLanguage())
                .collect(Collectors.toSet());
    }

    private static String label(Resource r, String lang) {
        return r.listProperties(SKOS.prefLabel).toList().stream().map(s -> s.getObject().asLiteral())
                .filter(l -> l.getLanguage().equals(lang)).map(Literal::getLexicalForm).findFirst().orElse("");
    }

    private static void assertConcept(Resource c, String scheme, String notation) {
        assertThat(c.hasProperty(RDF.type, SKOS.Concept)).as(c.getURI()).isTrue();
        assertThat(c.getPropertyResourceValue(SKOS.inScheme).getURI()).isEqualTo(ID + scheme);
        assertThat(c.getProperty(SKOS.notation).getString()).isEqualTo(notation);
        assertThat(langs(c, SKOS.prefLabel)).containsExactlyInAnyOrder("zh", "en");
        assertThat(langs(c, RDFS.comment)).containsExactlyInAnyOrder("zh", "en");
    }

    @Test
    void everyLegalForce_isAConceptOfTheSchemeWithItsNotationAndLabels() {
        for (LegalForce f : LegalForce.values()) {
            Resource c = VOCABULARY.getResource(f.iri());
            assertConcept(c, "legal-force", f.notation());
            assertThat(label(c, "zh")).isEqualTo(f.label());
            assertThat(label(c, "en")).isEqualTo(f.english());
        }
        List<RDFNode> inScheme = VOCABULARY.listSubjectsWithProperty(SKOS.inScheme,
                VOCABULARY.getResource(ID + "legal-force")).mapWith(r -> (RDFNode) r).toList();
        assertThat(inScheme).hasSize(LegalForce.values().length);
        assertThat(Arrays.stream(LegalForce.values()).map(LegalForce::label)).contains("宪法", "法律", "行政法规", "司法解释",
                "部门规章", "地方性法规", "地方政府规章", "规范性文件", "党内法规", "国家标准", "行业标准", "地方标准");
    }

    @Test
    void validityAndLinkMethods_areConceptsOfTheirSchemes() {
        for (String v : List.of("in-force", "amended", "repealed")) {
            assertConcept(VOCABULARY.getResource(ID + "validity/" + v), "validity", v);
        }
        for (Method m : Method.values()) {
            assertConcept(VOCABULARY.getResource(ID + "link-method/" + m.notation()), "link-method", m.notation());
        }
    }

    @Test
    void properties_areDeclaredWithChineseAndEnglishLabelsAndComments() {
        for (String p : List.of("legalForce", "validity", "linkMethod")) {
            Resource r = VOCABULARY.getResource(GKG + p);
            assertThat(r.hasProperty(RDF.type, OWL.ObjectProperty)).as(p).isTrue();
            assertThat(langs(r, RDFS.label)).as(p).containsExactlyInAnyOrder("zh", "en");
            assertThat(langs(r, RDFS.comment)).as(p).containsExactlyInAnyOrder("zh", "en");
        }
    }

    @Test
    void everyBroaderForce_isTheOntologysSkosBroader() {
        for (LegalForce f : LegalForce.values()) {
            Resource broader = VOCABULARY.getResource(f.iri()).getPropertyResourceValue(SKOS.broader);
            assertThat(f.broader().map(LegalForce::iri).orElse(null)).as(f.notation())
                    .isEqualTo(broader == null ? null : broader.getURI());
        }
        assertThat(LegalForce.agreed(List.of(LegalForce.LOCAL_INSTRUMENT, LegalForce.LOCAL_REGULATION)))
                .isEqualTo(LegalForce.LOCAL_REGULATION);
    }

    @Test
    void labelsAndNotations_readBackToTheirForce() {
        for (LegalForce f : LegalForce.values()) {
            assertThat(LegalForce.ofLabel(f.label())).contains(f);
            assertThat(LegalForce.ofNotation(f.notation())).contains(f);
        }
        assertThat(LegalForce.ofLabel("案例")).isEmpty();
    }
}
