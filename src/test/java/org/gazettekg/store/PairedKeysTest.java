package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** What a write touches in a view kept by pairs (view 08), and which views may declare it. */
class PairedKeysTest {

    private static final Node ENTRY_CITES = NodeFactory.createURI(View.NS + "entryCites");
    private static final Node NUMBER = NodeFactory.createURI(View.NS + "number");

    private final PairedKeys paired = PairedKeys.of(View.named("08_policy_chains"));

    @Test
    void changedEntry_givesThePairsOfWhatItCitesBeforeAndAfter_inBothOrders() {
        Graph before = graph(Triple.create(node("entry"), ENTRY_CITES, node("a")));
        Graph changed = graph(Triple.create(node("entry"), ENTRY_CITES, node("b")));
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.add(NodeFactory.createURI("urn:g"), node("entry"), ENTRY_CITES, node("b"));
        assertThat(paired.pairs(dataset, changed, before))
                .containsExactlyInAnyOrder(List.of(node("a"), node("b")), List.of(node("b"), node("a")));
    }

    @Test
    void subjectsOfChangedTriples_areTheKeyValuesComputedWhole() {
        Graph changed = graph(Triple.create(node("policy"), NUMBER, NodeFactory.createLiteralString("国发〔2020〕1号")));
        assertThat(paired.values(changed)).containsExactly(node("policy"));
        assertThat(paired.pairs(DatasetGraphFactory.createGeneral(), changed, GraphFactory.createDefaultGraph())).isEmpty();
    }

    @Test
    void viewWithoutThePairsHeader_isNotKeptByPairs() {
        assertThat(PairedKeys.of(View.named("10_policies_shared_by_two_cities"))).isNull();
    }

    @Test
    void pairsHeaderOnAViewOfOneKey_isRefused() {
        assertThatThrownBy(() -> View.parse("t", """
                #+ view: store
                #+ key: p
                #+ pairs: entryCites
                PREFIX view: <https://w3id.org/gazette-kg/view#>
                CONSTRUCT { ?p view:x ?o } WHERE { ?p view:x ?o }"""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two keys");
    }

    private static Node node(String local) {
        return NodeFactory.createURI("https://example.org/" + local);
    }

    private static Graph graph(Triple... triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Triple t : triples) {
            g.add(t);
        }
        return g;
    }
}
