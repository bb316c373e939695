package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    void oneFileDropped_recomputesTheRowsOfItsKeys_notTheWholeStoreView() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(files, (i, n, r) -> { })).allMatch(LoadResult::ok);
            // A file of a city that has other files, so that its city's rows stay and are computed again.
            Node written = NodeFactory.createURI(Iris.graph(files.get(0).getFileName().toString()));
            // View 01, by city (02 and 14 are kept from deltas: KeyedCountsTest).
            View cited = View.named("01_documents_per_city_year");
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(), () -> {
                store.dataset().deleteAny(written, Node.ANY, Node.ANY, Node.ANY);
                return Derivation.derive(store.dataset(), List.of(written), true);
            });
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

    @Test
    void fileWrittenAgainUnchanged_recomputesNoRowOfACompositeKey() throws IOException {
        List<Path> files = SampleCorpus.files();
        Path last = files.get(files.size() - 1);
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            Node written = NodeFactory.createURI(Iris.graph(last.getFileName().toString()));
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.derive(store.dataset(), List.of(written), true));
            // Its file views are what they were, so the union of file views did not change.
            View.of(View.Scope.STORE).stream().filter(v -> v.keys().stream().anyMatch(CompositeKey::isComposite))
                    .forEach(v -> assertThat(recomputed.rows().get(v.name())).as(v.name()).isZero());
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void fileWrittenAgainUnchanged_recomputesNoRowOfView08_thoughItCitesPoliciesWithRows() throws IOException {
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            View chains = View.named("08_policy_chains");
            // A file citing a national policy that has rows in view 08: kept key by key, all those rows would be computed again.
            Node written = select(store, """
                    SELECT ?g WHERE { GRAPH <%s> { ?row view:nationalPolicy ?n } GRAPH ?g { ?doc eli:cites ?n } } ORDER BY ?g LIMIT 1"""
                    .formatted(chains.graph().getURI())).get(0).get("g");
            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.derive(store.dataset(), List.of(written), true));
            // Kept by pairs: the union of file views did not change, so neither a policy's facts nor an entry did.
            assertThat(recomputed.rows().get(chains.name())).isZero();
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void fileReplacedWithItsDocumentsRedated_leavesTheViewsThatDerivingEverythingAgainGives() throws IOException {
        Path first = SampleCorpus.files().get(0);
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            // The same documents (named by their 文号) and cities, other years: rows keyed by city or
            // policy must be computed again though no triple naming the city or the policy changed.
            String text = Files.readString(first);
            String redated = text.replace("2020年", "2021年");
            assertThat(redated).isNotEqualTo(text);
            assertThat(store.load(first.getFileName().toString(), redated.getBytes(java.nio.charset.StandardCharsets.UTF_8)).ok()).isTrue();
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void twoCitiesCitingOnePolicy_oneCitysFileReplaced_recomputesThatCitysRowsAsDerivingEverythingAgain() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            // A policy that documents of two cities cite, and a file of the first city whose documents cite it.
            List<Map<String, Node>> shared = select(store, """
                    SELECT ?policy ?city ?other ?g WHERE {
                      GRAPH <%s> { ?row view:policy ?policy ; view:city ?city . ?row2 view:policy ?policy ; view:city ?other }
                      FILTER(?city != ?other)
                      GRAPH ?g { ?doc eli:cites ?policy ; gkg:gazette/gkg:city/rdfs:label ?city }
                    } ORDER BY ?policy ?city ?g LIMIT 1""".formatted(View.named("10_policies_shared_by_two_cities").graph().getURI()));
            assertThat(shared).isNotEmpty();
            Node policy = shared.get(0).get("policy");
            Node city = shared.get(0).get("city");
            String replaced = shared.get(0).get("g").getURI().substring(shared.get(0).get("g").getURI().lastIndexOf('/') + 1);
            Path other = files.stream().filter(f -> !Iris.graph(f.getFileName().toString()).endsWith("/" + replaced)
                    && citesWithCity(store, f, policy, shared.get(0).get("other"))).findFirst().orElseThrow();
            Map<Node, String> before = numbersOf(store, policy);

            // That file's name with the text of a file of the other city: the first city's row of the policy loses its documents.
            assertThat(store.load(replaced, Files.readAllBytes(other)).ok()).isTrue();

            assertThat(numbersOf(store, policy).get(city)).isNotEqualTo(before.get(city));
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void oneFileDropped_recomputesTheRowsOfItsOwnCity_notEveryCityOfThePoliciesItCites() throws IOException {
        try (GazetteStore store = SampleCorpus.loadedInto(tmp.resolve("db"))) {
            View shared = View.named("10_policies_shared_by_two_cities");
            // A file whose city has other files, so that its city's rows stay after the drop and are computed again.
            Node written = select(store, """
                    SELECT ?g WHERE {
                      GRAPH ?g { ?doc gkg:gazette/gkg:city/rdfs:label ?city }
                      GRAPH ?h { ?other gkg:gazette/gkg:city/rdfs:label ?city }
                      FILTER(?g != ?h)
                    } ORDER BY ?g LIMIT 1""").get(0).get("g");
            List<Map<String, Node>> cited = select(store, """
                    SELECT DISTINCT ?policy ?city WHERE { GRAPH <%s> { ?doc eli:cites ?policy ; gkg:gazette/gkg:city/rdfs:label ?city } }"""
                    .formatted(written.getURI()));
            Set<Node> policies = cited.stream().map(row -> row.get("policy")).collect(Collectors.toSet());
            Node city = cited.get(0).get("city");

            StoreViews.Recomputed recomputed = Txn.calculateWrite(store.dataset(), () -> {
                store.dataset().deleteAny(written, Node.ANY, Node.ANY, Node.ANY);
                return Derivation.derive(store.dataset(), List.of(written), true);
            });

            // The rows of the policies it cited, after the drop: those of its city, and those of the others, which nothing changed.
            List<Map<String, Node>> rows = select(store, """
                    SELECT ?policy ?city WHERE { GRAPH <%s> { ?row view:policy ?policy ; view:city ?city } }"""
                    .formatted(shared.graph().getURI())).stream().filter(row -> policies.contains(row.get("policy"))).toList();
            long itsCity = rows.stream().filter(row -> row.get("city").equals(city)).count();
            assertThat(rows.size() - itsCity).isPositive();
            assertThat(recomputed.rows().get(shared.name())).isPositive().isLessThanOrEqualTo((int) itsCity);
            assertDerivedAsWhole(store);
        }
    }

    @Test
    void bulkLoad_derivesTheLoadedGraphsAlone_andLeavesTheViewsAndVoidThatDerivingEverythingAgainGives() throws IOException {
        List<Path> files = SampleCorpus.files();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(SourceFile.of(f));
            }
            assertThat(store.loadSources(sources, (i, n, r) -> { }, GazetteStore.LoadMode.BULK)).allMatch(LoadResult::ok);
            assertDerivedAsWhole(store);

            Node one = store.graphNames().get(0);
            Set<Node> derived = Txn.calculateWrite(store.dataset(),
                    () -> Derivation.deriveBulk(store.dataset(), List.of(one), Map.of()));
            // Not the gazetteer's graph, whose file views did not change, nor the other files'.
            assertThat(derived).containsExactly(one);
            assertDerivedAsWhole(store);
        }
    }

    private static boolean citesWithCity(GazetteStore store, Path file, Node policy, Node city) {
        return !select(store, """
                SELECT ?doc WHERE { GRAPH <%s> { ?doc eli:cites <%s> ; gkg:gazette/gkg:city/rdfs:label ?city } FILTER(STR(?city) = "%s") } LIMIT 1"""
                .formatted(Iris.graph(file.getFileName().toString()), policy.getURI(), city.getLiteralLexicalForm())).isEmpty();
    }

    /** The 文号 that view 10 lists for {@code policy}, by city. */
    private static Map<Node, String> numbersOf(GazetteStore store, Node policy) {
        Map<Node, String> out = new HashMap<>();
        select(store, """
                SELECT ?city ?numbers WHERE { GRAPH <%s> { ?row view:policy <%s> ; view:city ?city ; view:documentNumbers ?numbers } }"""
                .formatted(View.named("10_policies_shared_by_two_cities").graph().getURI(), policy.getURI()))
                .forEach(row -> out.put(row.get("city"), row.get("numbers").getLiteralLexicalForm()));
        return out;
    }

    private static List<Map<String, Node>> select(GazetteStore store, String query) {
        String prefixes = """
                PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX view: <https://w3id.org/gazette-kg/view#>
                """;
        return Txn.calculateRead(store.dataset(), () -> {
            List<Map<String, Node>> rows = new ArrayList<>();
            org.apache.jena.sparql.exec.QueryExec.dataset(store.dataset()).query(prefixes + query).select().forEachRemaining(b -> {
                Map<String, Node> row = new HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                rows.add(row);
            });
            return rows;
        });
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
