package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term the summary writes is declared in {@code ontology/summary.ttl}, labelled and explained in Chinese and English, and no other. */
class SummaryVocabularyTest {

    private static final Model VOCABULARY = RDFDataMgr.loadModel("ontology/summary.ttl");

    private static Set<String> termsInCode() throws IllegalAccessException {
        Set<String> terms = new HashSet<>();
        for (Field f : Summary.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                f.setAccessible(true);
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(Summary.NS)) {
                    terms.add(n.getURI());
                }
            }
        }
        return terms;
    }

    private static Set<String> termsDeclared() {
        Set<String> terms = new HashSet<>();
        VOCABULARY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Summary.NS)) {
                terms.add(s.getURI());
            }
        });
        return terms;
    }

    @Test
    void termsTheSummaryWrites_areExactlyThoseTheVocabularyDeclares() throws IllegalAccessException {
        assertThat(termsInCode()).isNotEmpty().containsExactlyInAnyOrderElementsOf(termsDeclared());
    }

    @Test
    void everyTerm_isTypedAndHasLabelsAndCommentsInChineseAndEnglish() {
        for (String uri : termsDeclared()) {
            Resource term = VOCABULARY.getResource(uri);
            assertThat(term.hasProperty(RDF.type)).as(uri).isTrue();
            for (var property : new org.apache.jena.rdf.model.Property[] {RDFS.label, RDFS.comment}) {
                Set<String> languages = new HashSet<>();
                term.listProperties(property).forEachRemaining(st -> languages.add(st.getLanguage()));
                assertThat(languages).as(uri + " " + property.getLocalName()).contains("zh", "en");
            }
        }
    }

    @Test
    void vocabulary_hasAnOntologyHeaderWithAVersionIri() {
        Resource header = VOCABULARY.getResource("https://w3id.org/gazette-kg/summary");
        assertThat(header.hasProperty(RDF.type, OWL.Ontology)).isTrue();
        RDFNode version = header.getPropertyResourceValue(OWL.versionIRI);
        assertThat(version).isNotNull();
        assertThat(version.asResource().getURI()).endsWith("/" + Summary.VERSION);
    }
}
