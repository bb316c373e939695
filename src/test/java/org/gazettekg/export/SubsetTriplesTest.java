package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.gazettekg.graph.GKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RDF a subset exports beside its nodes and edges: for every edge, the statements of the store
 * that make it (a citation's document, node with its literals and types, cited policy, relation and link; a change's event,
 * decree and changed division), so that the triples alone say what the edge says.
 */
class SubsetTriplesTest {

    private static DatasetGraph dataset;
    private static Graph store;

    @BeforeAll
    static void build() {
        dataset = ExportFixtures.handMade();
        store = dataset.getUnionGraph();
    }

    private static Graph exported(Subset subset) {
        return new GraphExtractor(dataset).extract(ExportRequest.subset(subset, ExportFormat.GRAPHML)).triples().getUnionGraph();
    }

    @Test
    void citationEdges_carryEveryStatementFromDocumentThroughCitationToPolicy() {
        Txn.executeRead(dataset, () -> {
        ExportGraph graph = new GraphExtractor(dataset).extract(ExportRequest.subset(Subset.CITATIONS, ExportFormat.GRAPHML));
        List<Triple> expected = new ArrayList<>();
        for (ExportGraph.Edge edge : graph.edges()) {
            Node c = NodeFactory.createURI(edge.id());
            Node doc = NodeFactory.createURI(edge.source());
            Node policy = NodeFactory.createURI(edge.target());
            store.find(c, Node.ANY, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                    || t.getPredicate().equals(RDF.type.asNode())).forEachRemaining(expected::add);
            expected.add(Triple.create(doc, GKG.citation.asNode(), c));
            expected.add(Triple.create(c, GKG.citingDocument.asNode(), doc));
            for (Node cited : objects(c, GKG.citedPolicy.asNode())) {
                expected.add(Triple.create(c, GKG.citedPolicy.asNode(), cited));
                expected.add(Triple.create(doc, GKG.eliCites.asNode(), cited));
                expected.add(Triple.create(cited, GKG.sameAs.asNode(), policy));
                for (Node relation : objects(c, GKG.relation.asNode())) {
                    expected.add(Triple.create(c, GKG.relation.asNode(), relation));
                    expected.add(Triple.create(doc, relation, cited));
                }
            }
        }
        assertCarried(expected, exported(Subset.CITATIONS), 4 * graph.edges().size());
        });
    }

    @Test
    void divisionChangeEdges_carryTheEventItsDecreeAndTheChangedDivision() {
        Txn.executeRead(dataset, () -> {
        ExportGraph graph = new GraphExtractor(dataset).extract(ExportRequest.subset(Subset.DIVISION_CHANGES, ExportFormat.GRAPHML));
        List<Triple> expected = new ArrayList<>();
        for (ExportGraph.Edge edge : graph.edges()) {
            if (!"gkg:names".equals(edge.attributes().get(ExportGraph.RELATION))) {
                continue;
            }
            Node doc = NodeFactory.createURI(edge.source());
            Node division = NodeFactory.createURI(edge.target());
            Set<Node> events = store.find(Node.ANY, GKG.decreedBy.asNode(), doc).mapWith(Triple::getSubject).toSet();
            events.addAll(objects(doc, GKG.mention.asNode()));
            for (Node via : events) {
                List<Triple> own = List.of(Triple.create(via, GKG.abolished.asNode(), division),
                        Triple.create(via, GKG.established.asNode(), division),
                        Triple.create(via, GKG.mentionedDivision.asNode(), division));
                if (own.stream().noneMatch(store::contains)) {
                    continue;
                }
                expected.addAll(own);
                expected.add(Triple.create(doc, GKG.event.asNode(), via));
                expected.add(Triple.create(via, GKG.decreedBy.asNode(), doc));
                expected.add(Triple.create(doc, GKG.mention.asNode(), via));
                store.find(via, GKG.changeType.asNode(), Node.ANY).forEachRemaining(expected::add);
            }
        }
        assertCarried(expected, exported(Subset.DIVISION_CHANGES), 3);
        });
    }

    /** Every statement of {@code expected} that the store holds is exported; at least {@code least} of them. */
    private static void assertCarried(List<Triple> expected, Graph exported, int least) {
        List<Triple> held = expected.stream().filter(store::contains).distinct().collect(Collectors.toList());
        assertThat(held).hasSizeGreaterThanOrEqualTo(least);
        assertThat(held).allSatisfy(t -> assertThat(exported.contains(t)).as("exported %s", t).isTrue());
    }

    private static Set<Node> objects(Node s, Node p) {
        return store.find(s, p, Node.ANY).mapWith(Triple::getObject).toSet();
    }
}
