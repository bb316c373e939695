package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views 02 and 14, kept from the changes of the union of file views: the same rows as computing them whole. */
class KeyedCountsTest {

    private static final List<String> KEPT = List.of("02_cited_policies", "14_cited_laws");

    @TempDir
    Path tmp;

    @Test
    void filesLoaded_oneReplaced_oneDropped_keepTheViewsThatDerivingEverythingAgainGives() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            for (Path file : files.subList(0, files.size() - 1)) {
                assertThat(store.load(file).ok()).isTrue();
            }
            assertKeptAsWhole(store);

            // A file of a city not yet in the store: its documents add that city to the policies they cite.
            assertThat(store.load(files.get(files.size() - 1)).ok()).isTrue();
            assertKeptAsWhole(store);

            // The first file's name with the text of a file of another city: its citations, cities and titles leave, others come.
            String replaced = files.get(0).getFileName().toString();
            assertThat(store.load(replaced, Files.readAllBytes(files.get(files.size() - 2))).ok()).isTrue();
            assertKeptAsWhole(store);

            Node dropped = graphOf(files.get(1));
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(dropped, Node.ANY, Node.ANY, Node.ANY);
                Derivation.derive(store.dataset(), List.of(dropped), true);
            });
            assertKeptAsWhole(store);
        }
    }

    @Test
    void oneFileDropped_keepsTheRowsOfItsPoliciesAndLawsFromItsDeltas_computingNoneAgain() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            Node dropped = graphOf(files.stream().filter(f -> f.getFileName().toString().startsWith("changzhi-2024")).findFirst().orElseThrow());
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(), () -> {
                store.dataset().deleteAny(dropped, Node.ANY, Node.ANY, Node.ANY);
                return Derivation.derive(store.dataset(), List.of(dropped), true);
            });
            for (String view : KEPT) {
                assertThat(recomputed.rows().get(view)).as(view).isZero();
                assertThat(recomputed.kept().get(view)).as(view).isPositive();
            }
            assertKeptAsWhole(store);
        }
    }

    @Test
    void aFileWrittenAgainUnchanged_changesNoRow() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            Node written = graphOf(files.get(0));
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.derive(store.dataset(), List.of(written), true));
            KEPT.forEach(view -> assertThat(recomputed.kept().get(view) + recomputed.rows().get(view)).as(view).isZero());
            assertKeptAsWhole(store);
        }
    }

    @Test
    void leastOfSeveralValues_isSparqlsMin_andOrderedValuesSparqlsOrder() {
        Node b = NodeFactory.createLiteralLang("晋城市", "zh");
        Node a = NodeFactory.createLiteralLang("长治市", "zh");
        Node c = NodeFactory.createLiteralLang("朔州市", "zh");
        assertThat(KeyedCounts.least(List.of(a, b, c))).isEqualTo(b);
        assertThat(KeyedCounts.least(List.of())).isNull();
        assertThat(KeyedCounts.ordered(List.of(a, b, c))).containsExactly(b, c, a);
    }

    @Test
    void aDeltaLineForAPropertyTheRowsDoNotHave_isRefused() {
        View view = new View("t", View.Scope.STORE, QueryFactory.create("""
                PREFIX view: <https://w3id.org/gazette-kg/view#>
                CONSTRUCT { ?p view:citingDocumentCount ?n } WHERE { { SELECT ?p (COUNT(DISTINCT ?d) AS ?n) { ?d view:cites ?p } GROUP BY ?p } }"""),
                List.of("p"), List.of(), List.of("citingDocumentCount count ?d { ?d view:cites ?p } required",
                        "firstTitle least ?t { ?p view:title ?t }"));
        assertThatThrownBy(() -> KeyedCounts.of(view)).isInstanceOf(IllegalStateException.class);
    }

    private static Node graphOf(Path file) {
        return NodeFactory.createURI(Iris.graph(file.getFileName().toString()));
    }

    /** The graphs of views 02 and 14 (rows, bands, histograms) as kept, then as deriving everything again gives them: equal. */
    private static void assertKeptAsWhole(GazetteStore store) {
        Map<Node, Graph> kept = keptGraphs(store);
        Txn.executeWrite(store.dataset(), () -> Derivation.deriveAll(store.dataset()));
        Map<Node, Graph> whole = keptGraphs(store);
        assertThat(kept.keySet()).isEqualTo(whole.keySet());
        assertThat(whole).isNotEmpty();
        whole.forEach((name, graph) -> assertThat(kept.get(name).isIsomorphicWith(graph)).as(name.getURI()).isTrue());
    }

    private static Map<Node, Graph> keptGraphs(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node> names = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(names::add);
            Map<Node, Graph> graphs = new HashMap<>();
            for (Node name : names) {
                if (KEPT.stream().anyMatch(v -> name.getURI().startsWith(View.named(v).graph().getURI()))) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.dataset().getGraph(name).find().forEachRemaining(copy::add);
                    graphs.put(name, copy);
                }
            }
            return graphs;
        });
    }
}
