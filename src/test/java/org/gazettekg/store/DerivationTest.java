package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The derivation after a write of one file: key by key, and the same views as deriving everything again. */
class DerivationTest {

    @TempDir
    Path tmp;

    @Test
    void oneMoreFile_thenOneDropped_leaveTheViewsThatDerivingEverythingAgainGives() throws IOException {
        List<Path> files = SampleCorpus.files();
        Path last = files.get(files.size() - 1);
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(files.subList(0, files.size() - 1), (i, n, r) -> { })).allMatch(LoadResult::ok);
            assertThat(store.load(last).ok()).isTrue();
            assertDerivedAsWhole(store);

            Node dropped = NodeFactory.createURI(Iris.graph(files.get(0).getFileName().toString()));
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(dropped, Node.ANY, Node.ANY, Node.ANY);
                Derivation.derive(store.dataset(), List.of(dropped), true);
            });
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void oneMoreFile_recomputesTheRowsOfItsKeys_notTheWholeStoreView() throws IOException {
        List<Path> files = SampleCorpus.files();
        Path last = files.get(files.size() - 1);
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(files, (i, n, r) -> { })).allMatch(LoadResult::ok);
            Node written = NodeFactory.createURI(Iris.graph(last.getFileName().toString()));
            View cited = View.named("02_cited_policies");
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.derive(store.dataset(), List.of(written), true));
            long rows = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(cited.graph()).find()
                    .mapWith(t -> t.getSubject()).toSet().size());
            assertThat(recomputed.rows().get(cited.name())).isPositive().isLessThan((int) rows);
        }
    }

    @Test
    void filesLoadedOneByOne_thenOneReplaced_leaveTheViewsAndVoidThatDerivingEverythingAgainGives() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            for (Path file : files) {
                assertThat(store.load(file).ok()).isTrue();
                assertDerivedAsWhole(store);
            }
            // The first file's name with the last file's text: its old subset, documents and citations leave, others come.
            String replaced = files.get(0).getFileName().toString();
            assertThat(store.load(replaced, Files.readAllBytes(files.get(files.size() - 1))).ok()).isTrue();
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void oneMoreFile_keepsTheOverviewFromItsDeltas_andReadsTheVoidSubsetsOfItsGraphAlone() throws IOException {
        List<Path> files = SampleCorpus.files();
        Path last = files.get(files.size() - 1);
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(files, (i, n, r) -> { })).allMatch(LoadResult::ok);
            Node written = NodeFactory.createURI(Iris.graph(last.getFileName().toString()));
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.derive(store.dataset(), List.of(written), true));
            assertThat(recomputed.rows().get("overview")).isEqualTo(1);
            int subsetsRead = Txn.calculateWrite(store.dataset(), () -> LoadStatistics.update(store.dataset(), List.of(written)));
            assertThat(subsetsRead).isEqualTo(1);
            assertDerivedAsWhole(store);
        }
    }

    private static void assertDerivedAsWhole(GazetteStore store) {
        Map<Node, Graph> incremental = derivedGraphs(store);
        Txn.executeWrite(store.dataset(), () -> Derivation.deriveAll(store.dataset()));
        Map<Node, Graph> whole = derivedGraphs(store);
        assertThat(incremental.keySet()).isEqualTo(whole.keySet());
        whole.forEach((name, graph) -> assertThat(incremental.get(name).isIsomorphicWith(graph)).as(name.getURI()).isTrue());
    }

    private static Map<Node, Graph> derivedGraphs(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            List<Node> names = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(names::add);
            for (Node name : names) {
                if (View.isDerived(name) || LoadStatistics.GRAPH.equals(name.getURI())) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.dataset().getGraph(name).find().forEachRemaining(copy::add);
                    graphs.put(name, copy);
                }
            }
            return graphs;
        });
    }
}
