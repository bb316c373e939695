package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The key tuples that the triples a write changed touch, for a view keyed by two variables together. */
class CompositeKeyTest {

    private static final String NS = "http://example.org/";
    private static final View BY_POLICY_AND_CITY = new View("t", View.Scope.STORE, QueryFactory.create("""
            PREFIX : <http://example.org/>
            CONSTRUCT { ?row :policy ?policy ; :city ?city ; :numbers ?numbers }
            WHERE {
              { SELECT ?policy ?city (GROUP_CONCAT(?n) AS ?numbers) WHERE { ?doc :cites ?policy ; :city ?city ; :number ?n } GROUP BY ?policy ?city }
              BIND(IRI(CONCAT(STR(?policy), "/", STR(?city))) AS ?row)
            }"""), List.of("policy+city"));

    @Test
    void newDocumentOfOneCity_touchesThatCitysRowOfThePolicyAlone() {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        addDoc(store, "g1", "d1", "P", "A");
        addDoc(store, "g2", "d2", "P", "B");
        addDoc(store, "g3", "d3", "P", "A");
        Graph changed = GraphFactory.createGraphMem();
        store.find(node("g3"), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> changed.add(q.asTriple()));

        Set<List<Node>> touched = CompositeKey.of(BY_POLICY_AND_CITY, "policy+city").touched(store, changed, GraphFactory.createGraphMem());

        assertThat(touched).containsExactly(List.of(node("P"), city("A")));
    }

    @Test
    void removedDocument_touchesTheTupleItHad_fromTheTriplesBeforeTheWrite() {
        DatasetGraph store = DatasetGraphFactory.createGeneral();
        addDoc(store, "g1", "d1", "P", "A");
        Graph before = GraphFactory.createGraphMem();
        before.add(Triple.create(node("d4"), node("cites"), node("Q")));
        before.add(Triple.create(node("d4"), node("city"), city("B")));
        before.add(Triple.create(node("d4"), node("number"), NodeFactory.createLiteralString("4")));

        Set<List<Node>> touched = CompositeKey.of(BY_POLICY_AND_CITY, "policy+city").touched(store, before, before);

        assertThat(touched).containsExactly(List.of(node("Q"), city("B")));
    }

    @Test
    void viewWithOptional_isRefusedACompositeKey() {
        View optional = new View("o", View.Scope.STORE, QueryFactory.create("""
                PREFIX : <http://example.org/>
                CONSTRUCT { ?doc :cites ?policy } WHERE { ?doc :cites ?policy OPTIONAL { ?doc :city ?city } }"""),
                List.of("doc+policy"));
        assertThatThrownBy(() -> CompositeKey.of(optional, "doc+policy")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OPTIONAL");
    }

    private static void addDoc(DatasetGraph store, String graph, String doc, String policy, String city) {
        Node g = node(graph);
        store.add(g, node(doc), node("cites"), node(policy));
        store.add(g, node(doc), node("city"), city(city));
        store.add(g, node(doc), node("number"), NodeFactory.createLiteralString(doc));
    }

    private static Node node(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node city(String name) {
        return NodeFactory.createLiteralString(name);
    }
}
