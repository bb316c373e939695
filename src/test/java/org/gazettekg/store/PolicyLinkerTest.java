package org.gazettekg.store;

import org.gazettekg.graph.GazetteShapes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyLinkerTest {

    private static final Path NUMBERED = Path.of("src/test/resources/store/numbered.txt");
    private static final Path TITLE_ONLY = Path.of("src/test/resources/store/title-only.txt");
    /** A second numbered policy with the title that {@link #NUMBERED} cites: the title is then ambiguous. */
    private static final Path TWIN = Path.of("src/test/resources/store/numbered-twin.txt");
    private static final String CITED = """
            PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT DISTINCT ?policy {
              ?c gkg:citedTitle ?t ; gkg:citedPolicy ?cited ; gkg:citingDocument/eli:id_local "朔政办发〔2021〕9号" .
              OPTIONAL { GRAPH <https://w3id.org/gazette-kg/derived/links> { ?cited gkg:sameAs ?linked } }
              BIND(COALESCE(?linked, ?cited) AS ?policy)
            }""";

    @TempDir
    Path tmp;

    private static List<String> citedPolicies(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(CITED, DatasetFactory.wrap(store.dataset()))) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("policy").getURI()));
                return out;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void titleOnlyCitation_joinsTheNumberedPolicyWithTheSameTitle_inEitherLoadOrder(boolean numberedFirst) {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            for (Path file : numberedFirst ? List.of(NUMBERED, TITLE_ONLY) : List.of(TITLE_ONLY, NUMBERED)) {
                assertThat(store.load(file).ok()).isTrue();
            }
            assertThat(citedPolicies(store)).containsExactly("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");
            assertThat(store.validate()).allSatisfy(o -> assertThat(GazetteShapes.violations(o.report())).as(o.graph()).isEmpty());
        }
    }

    @Test
    void joinMadeWhileTheTitleWasUnique_isUndoneWhenALaterLoadMakesItAmbiguous_andMadeAgainWhenItIsUniqueAgain()
            throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.load(NUMBERED).ok()).isTrue();
            assertThat(store.load(TITLE_ONLY).ok()).isTrue();
            assertThat(citedPolicies(store)).containsExactly("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");

            assertThat(store.load(TWIN).ok()).isTrue();
            assertThat(citedPolicies(store)).singleElement().asString().startsWith("https://w3id.org/gazette-kg/id/policy/");
            assertThat(store.validate()).allSatisfy(o -> assertThat(GazetteShapes.violations(o.report())).as(o.graph()).isEmpty());

            String withoutTheTitle = Files.readString(TWIN).replace("《山西省人民政府关于加快有机旱作农业发展的实施意见》", "");
            assertThat(store.load(TWIN.getFileName().toString(), withoutTheTitle.getBytes(StandardCharsets.UTF_8)).ok())
                    .isTrue();
            assertThat(citedPolicies(store)).containsExactly("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");
        }
    }

    @Test
    void storeLoadedFileByFile_holdsTheSameGraphsAsOneLoadedInOneGo() {
        Map<Node, Graph> oneByOne;
        try (GazetteStore store = GazetteStore.open(tmp.resolve("one-by-one"))) {
            for (Path file : List.of(NUMBERED, TITLE_ONLY, TWIN)) {
                assertThat(store.load(file).ok()).isTrue();
            }
            oneByOne = sourceGraphs(store);
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("together"))) {
            assertThat(store.loadAll(List.of(TWIN, TITLE_ONLY, NUMBERED), (i, n, r) -> { })).allMatch(LoadResult::ok);
            Map<Node, Graph> together = sourceGraphs(store);
            assertThat(together.keySet()).isEqualTo(oneByOne.keySet());
            together.forEach((name, graph) -> assertThat(graph.isIsomorphicWith(oneByOne.get(name))).as(name.getURI()).isTrue());
        }
    }

    private static Map<Node, Graph> sourceGraphs(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            for (Node name : store.graphNames()) {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name, copy);
            }
            return graphs;
        });
    }

    @Test
    void titleOnlyCitation_withoutNumberedTwin_staysATitleNode() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(TITLE_ONLY);
            assertThat(citedPolicies(store)).singleElement().asString().startsWith("https://w3id.org/gazette-kg/id/policy/");
        }
    }

    @Test
    void titlesOfAWrite_areThoseTheWrittenGraphCarries_notEveryTitleOfTheStore() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.load(NUMBERED).ok()).isTrue();
            assertThat(store.load(TITLE_ONLY).ok()).isTrue();
            Node numbered = org.apache.jena.graph.NodeFactory.createURI(org.gazettekg.graph.Iris.graph(NUMBERED.getFileName().toString()));
            Node titleOnly = org.apache.jena.graph.NodeFactory.createURI(org.gazettekg.graph.Iris.graph(TITLE_ONLY.getFileName().toString()));
            Txn.executeRead(store.dataset(), () -> {
                java.util.Set<String> all = PolicyLinker.titles(store.dataset(), List.of(numbered, titleOnly), View.named("policy_facts")::graph);
                java.util.Set<String> one = PolicyLinker.titles(store.dataset(), List.of(numbered), View.named("policy_facts")::graph);
                assertThat(one).isNotEmpty().hasSizeLessThan(all.size());
                assertThat(all).containsAll(one);
            });
        }
    }

    @Test
    void sourceGraphOfATitleCitation_afterTheNumberedPolicyIsLoaded_isTheFileLoadedAlone() {
        Graph alone;
        try (GazetteStore store = GazetteStore.open(tmp.resolve("alone"))) {
            assertThat(store.load(TITLE_ONLY).ok()).isTrue();
            alone = sourceGraphs(store).get(graph(TITLE_ONLY));
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("linked"))) {
            assertThat(store.load(TITLE_ONLY).ok()).isTrue();
            assertThat(store.load(NUMBERED).ok()).isTrue();
            assertThat(links(store).size()).isEqualTo(1);
            assertThat(citedPolicies(store)).containsExactly("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");
            assertThat(sourceGraphs(store).get(graph(TITLE_ONLY)).isIsomorphicWith(alone)).isTrue();
        }
    }

    @Test
    void linksGraph_droppedAndRebuiltFromTheSourceGraphs_holdsTheSameTriples() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(List.of(NUMBERED, TITLE_ONLY), (i, n, r) -> { })).allMatch(LoadResult::ok);
            Graph before = links(store);
            assertThat(before.size()).isEqualTo(1);
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(PolicyLinker.LINKS, Node.ANY, Node.ANY, Node.ANY);
                assertThat(store.dataset().contains(PolicyLinker.LINKS, Node.ANY, Node.ANY, Node.ANY)).isFalse();
                PolicyLinker.rebuild(store.dataset());
            });
            assertThat(links(store).isIsomorphicWith(before)).isTrue();
        }
    }

    @Test
    void titleOfTwoNumberedPolicies_linksNothing_andTheLinkGoesWhenItsCitingFileIsDropped() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(List.of(NUMBERED, TITLE_ONLY, TWIN), (i, n, r) -> { })).allMatch(LoadResult::ok);
            assertThat(links(store).size()).isZero();
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("dropped"))) {
            assertThat(store.loadAll(List.of(NUMBERED, TITLE_ONLY), (i, n, r) -> { })).allMatch(LoadResult::ok);
            assertThat(links(store).size()).isEqualTo(1);
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().deleteAny(graph(TITLE_ONLY), Node.ANY, Node.ANY, Node.ANY);
                Derivation.derive(store.dataset(), List.of(graph(TITLE_ONLY)), true);
            });
            assertThat(links(store).size()).isZero();
        }
    }

    @Test
    void titleCitationOfANumberedPolicy_isReadThroughTheLink_byQuery07AndTheCitationsExport() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(List.of(NUMBERED, TITLE_ONLY), (i, n, r) -> { })).allMatch(LoadResult::ok);
            String query07 = Files.readString(Path.of("queries/07_implementers_of_policy.rq"))
                    .replace("\"晋政办发〔2019〕30号\"", "\"晋政发〔2017〕47号\"");
            List<String> citing = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(query07, DatasetFactory.wrap(store.dataset()))) {
                    List<String> out = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("doc_number").getString()));
                    return out;
                }
            });
            assertThat(citing).contains("朔政办发〔2021〕9号");

            org.gazettekg.export.ExportGraph graph = new org.gazettekg.export.GraphExtractor(store.dataset()).extract(
                    org.gazettekg.export.ExportRequest.subset(org.gazettekg.export.Subset.CITATIONS,
                            org.gazettekg.export.ExportFormat.GRAPHML));
            assertThat(graph.nodes()).extracting(org.gazettekg.export.ExportGraph.Node::id)
                    .contains("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号")
                    .noneMatch(id -> id.startsWith("https://w3id.org/gazette-kg/id/policy/") && id.contains("有机旱作"));
        }
    }

    private static Node graph(Path file) {
        return org.apache.jena.graph.NodeFactory.createURI(org.gazettekg.graph.Iris.graph(file.getFileName().toString()));
    }

    private static Graph links(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().find(PolicyLinker.LINKS, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
    }
}
