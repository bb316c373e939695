package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.graph.GazetteerExtent;
import org.gazettekg.graph.GazetteerRdfWriter;
import org.gazettekg.graph.Iris;
import org.gazettekg.parse.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gazetteer graph a new store gets: every township with the full extent (the command line's),
 * county level and above with {@link GazetteerExtent#COUNTIES} (the tests' small stores).
 */
class GazetteerGraphTest {

    @TempDir
    Path dir;

    @Test
    void freshStoreWithFullExtent_holdsEveryCountyAndTownship() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.FULL)) {
            assertThat(units(store, "county")).isGreaterThanOrEqualTo(2_800);
            assertThat(units(store, "township")).isGreaterThanOrEqualTo(38_000);
        }
    }

    @Test
    void freshStoreWithCountiesExtent_holdsCountiesButNoTownship() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.COUNTIES)) {
            assertThat(units(store, "county")).isGreaterThanOrEqualTo(2_800);
            assertThat(units(store, "township")).isZero();
        }
    }

    @Test
    void reopeningWithAnotherExtent_rewritesTheGazetteerGraph() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.COUNTIES)) {
            assertThat(units(store, "township")).isZero();
        }
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.FULL)) {
            assertThat(units(store, "township")).isGreaterThanOrEqualTo(38_000);
        }
    }

    @Test
    void freshStoreBulkLoadsTheGazetteer_sameGraphAsWrittenTripleByTriple() {
        try (GazetteStore store = GazetteStore.open(dir.resolve("db"), GazetteerExtent.COUNTIES)) {
            DatasetGraph written = DatasetGraphFactory.create();
            Node graph = NodeFactory.createURI(GazetteerRdfWriter.GRAPH);
            Graph stored = Txn.calculateRead(store.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                GraphUtil.addInto(copy, store.dataset().getGraph(graph));
                return copy;
            });
            String version = stored.find(NodeFactory.createURI(GazetteerRdfWriter.GAZETTEER),
                    GKG.dctIdentifier.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            new GazetteerRdfWriter(StreamRDFLib.dataset(written))
                    .write(Gazetteer.standard(), version, GazetteerExtent.COUNTIES);
            Graph expected = written.getGraph(graph);
            assertThat(stored.size()).isGreaterThan(10_000);
            assertThat(stored.isIsomorphicWith(expected)).isTrue();
        }
    }

    /** The units of the gazetteer graph at {@code level}, counted by their division level. */
    private static long units(GazetteStore store, String level) {
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH <" + GazetteerRdfWriter.GRAPH + "> {"
                + " ?d <" + GKG.divisionLevel.getURI() + "> <" + Iris.concept("division-level", level) + "> } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create(query,
                    DatasetFactory.wrap(store.dataset()))) {
                QuerySolution row = qe.execSelect().next();
                return row.getLiteral("n").getLong();
            }
        });
    }
}
