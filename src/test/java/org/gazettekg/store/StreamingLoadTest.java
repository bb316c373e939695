package org.gazettekg.store;

import org.gazettekg.graph.GazetteShapes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bulk path into an empty store and the batched path give the same data and the same guarantees. */
class StreamingLoadTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path NUMBERED = Path.of("src/test/resources/store/numbered.txt");
    private static final Path TITLE_ONLY = Path.of("src/test/resources/store/title-only.txt");

    @TempDir
    Path tmp;

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.sorted().toList();
        }
    }

    private static List<SourceFile> sources(List<Path> files) {
        return files.stream().map(SourceFile::of).toList();
    }

    /** Each named graph of the store, copied into memory. */
    private static Map<Node, Graph> copy(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            store.dataset().find().forEachRemaining(q ->
                    graphs.computeIfAbsent(q.getGraph(), g -> GraphFactory.createDefaultGraph()).add(q.asTriple()));
            return graphs;
        });
    }

    /** Same graph names, and each pair of graphs isomorphic (blank nodes matched within a graph). */
    private static boolean isomorphic(Map<Node, Graph> a, Map<Node, Graph> b) {
        return a.keySet().equals(b.keySet())
                && a.keySet().stream().allMatch(g -> a.get(g).isIsomorphicWith(b.get(g)));
    }

    private Path bad(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    @Test
    void bulkAndBatchedLoadsOfTheCorpus_giveIsomorphicDatasets() throws IOException {
        try (GazetteStore bulk = GazetteStore.open(tmp.resolve("bulk"));
             GazetteStore batched = GazetteStore.open(tmp.resolve("batched"))) {
            List<LoadResult> a = bulk.loadSources(sources(corpus()), (i, n, r) -> { }, GazetteStore.LoadMode.BULK);
            List<LoadResult> b = batched.loadSources(sources(corpus()), (i, n, r) -> { }, GazetteStore.LoadMode.INCREMENTAL);
            assertThat(a).allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
            assertThat(a).isEqualTo(b);
            Map<Node, Graph> x = copy(bulk);
            // the sources and the gazetteer, then the derived graphs (links, views) and the VoID graph
            assertThat(x.keySet().stream().filter(LoadStatistics::isDataGraph)).hasSize(corpus().size() + 1);
            assertThat(x.keySet().stream().filter(View::isDerived)).isNotEmpty();
            assertThat(isomorphic(x, copy(batched))).isTrue();
        }
    }

    @Test
    void bulkAndOneFileAtATime_giveIsomorphicDatasets() throws IOException {
        try (GazetteStore bulk = GazetteStore.open(tmp.resolve("bulk"));
             GazetteStore single = GazetteStore.open(tmp.resolve("single"))) {
            bulk.loadAll(corpus(), (i, n, r) -> { });
            for (Path f : corpus()) {
                assertThat(single.load(f).ok()).isTrue();
            }
            assertThat(isomorphic(copy(bulk), copy(single))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = GazetteStore.LoadMode.class, names = {"BULK", "INCREMENTAL"})
    void badFilesInABatch_areRefusedNamingTheFile_andTheOthersLoad(GazetteStore.LoadMode mode) throws IOException {
        List<Path> files = new ArrayList<>(corpus().subList(0, 2));
        files.add(1, bad("empty.txt", new byte[0]));
        files.add(bad("binary.txt", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x7F}));
        List<Integer> reported = new ArrayList<>();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            List<LoadResult> results = store.loadSources(sources(files), (i, n, r) -> reported.add(i), mode);
            assertThat(results).extracting(LoadResult::source)
                    .containsExactly(files.stream().map(p -> p.getFileName().toString()).toArray(String[]::new));
            assertThat(results).extracting(LoadResult::ok).containsExactly(true, false, true, false);
            assertThat(results.get(1).error()).startsWith("empty.txt");
            assertThat(results.get(3).error()).startsWith("binary.txt");
            assertThat(reported).containsExactly(1, 2, 3, 4);
            assertThat(store.graphNames()).extracting(Node::getURI).containsExactlyInAnyOrder(
                    "https://w3id.org/gazette-kg/graph/" + files.get(0).getFileName(),
                    "https://w3id.org/gazette-kg/graph/" + files.get(2).getFileName());
        }
    }

    @Test
    void batchIntoAFilledStore_replacesItsGraphs_andAddsNewOnes() throws IOException {
        List<Path> corpus = corpus();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.loadAll(corpus.subList(0, 3), (i, n, r) -> { });
            Map<Node, Graph> before = copy(store);
            store.loadAll(corpus.subList(0, 3), (i, n, r) -> { });
            assertThat(isomorphic(before, copy(store))).isTrue();
            store.loadAll(corpus.subList(2, 5), (i, n, r) -> { });
            assertThat(store.graphNames()).hasSize(5);
        }
    }

    @ParameterizedTest
    @EnumSource(value = GazetteStore.LoadMode.class, names = {"BULK", "INCREMENTAL"})
    void titleOnlyCitation_isLinkedAfterABatchHoldingItsNumberedTwin(GazetteStore.LoadMode mode) {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.loadSources(sources(List.of(TITLE_ONLY, NUMBERED)), (i, n, r) -> { }, mode);
            Node numbered = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");
            Txn.executeRead(store.dataset(), () -> {
                java.util.Set<Node> titleNodes = new java.util.HashSet<>();
                store.dataset().stream().filter(q -> LoadStatistics.isDataGraph(q.getGraph()) && q.getSubject().isURI()
                                && q.getSubject().getURI().startsWith("https://w3id.org/gazette-kg/id/policy/"))
                        .forEach(q -> titleNodes.add(q.getSubject()));
                assertThat(titleNodes).isNotEmpty().allSatisfy(p -> assertThat(store.dataset()
                        .contains(PolicyLinker.LINKS, p, org.gazettekg.graph.GKG.sameAs.asNode(), numbered)).as(p.getURI()).isTrue());
            });
            assertThat(store.validate()).allSatisfy(o -> assertThat(GazetteShapes.violations(o.report())).as(o.graph()).isEmpty());
        }
    }

    @Test
    void reloadingManyFiles_compactsTheDatabase_andKeepsItsContent() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("many"));
        List<Path> corpus = corpus();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < BatchLoad.COMPACT_MIN_REPLACED; i++) {
            Path original = corpus.get(i % 2);
            files.add(Files.copy(original, in.resolve(String.format("%02d-%s", i, original.getFileName()))));
        }
        Path db = tmp.resolve("db");
        try (GazetteStore store = GazetteStore.open(db)) {
            store.loadAll(files, (i, n, r) -> { });
            Map<Node, Graph> before = copy(store);
            assertThat(Files.exists(db.resolve("Data-0002"))).isFalse();
            store.loadAll(files, (i, n, r) -> { });
            assertThat(Files.exists(db.resolve("Data-0002"))).isTrue();
            assertThat(Files.exists(db.resolve("Data-0001"))).isFalse();
            assertThat(isomorphic(before, copy(store))).isTrue();
            assertThat(store.graphNames()).hasSize(files.size());
        }
    }

    @Test
    void bulkLoad_writesTheOptimiserStatistics() throws IOException {
        Path db = tmp.resolve("db");
        try (GazetteStore store = GazetteStore.open(db)) {
            store.loadAll(corpus(), (i, n, r) -> { });
        }
        Path stats = db.resolve("Data-0001").resolve(Statistics.FILE);
        assertThat(stats).isNotEmptyFile();
        String text = Files.readString(stats);
        try (GazetteStore store = GazetteStore.existing(db)) {
            // One full text per document and one parent per division: as many as the store holds.
            for (Node p : List.of(GKG.fullText.asNode(), GKG.parentDivision.asNode())) {
                long held = Txn.calculateRead(store.dataset(),
                        () -> store.dataset().stream(Node.ANY, Node.ANY, p, Node.ANY).count());
                assertThat(held).isPositive();
                assertThat(text).contains("(<" + p.getURI() + "> " + held + ")");
            }
        }
    }

    /**
     * The views are written after the bulk loader's stream, and a predicate missing from the
     * statistics weighs nothing to the optimiser: each view predicate is counted as the store holds it.
     */
    @Test
    void bulkLoad_statisticsCountTheViewsPredicates() throws IOException {
        Path db = tmp.resolve("db");
        try (GazetteStore store = GazetteStore.open(db)) {
            store.loadAll(corpus(), (i, n, r) -> { });
        }
        String text = Files.readString(db.resolve("Data-0001").resolve(Statistics.FILE));
        try (GazetteStore store = GazetteStore.existing(db)) {
            for (String term : List.of("policy", "city", "documentNumbers", "citingDocumentCount", "cites")) {
                Node p = org.apache.jena.graph.NodeFactory.createURI(View.NS + term);
                long held = Txn.calculateRead(store.dataset(),
                        () -> store.dataset().stream(Node.ANY, Node.ANY, p, Node.ANY).count());
                assertThat(held).as(term).isPositive();
                assertThat(text).contains("(<" + p.getURI() + "> " + held + ")");
            }
        }
    }

    /**
     * Listing a TDB2 store's graphs scans its whole quad index (seconds at 1000×): adding one file to
     * a filled store must not, so that it costs about what the file costs alone.
     */
    @Test
    void oneMoreFileIntoAFilledStore_listsNoGraphOfTheStore() throws IOException {
        List<Path> corpus = corpus();
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.loadAll(corpus.subList(0, 3), (i, n, r) -> { });
            AtomicInteger listings = new AtomicInteger();
            DatasetGraph counting = new DatasetGraphWrapper(store.dataset()) {
                @Override
                public Iterator<Node> listGraphNodes() {
                    listings.incrementAndGet();
                    return super.listGraphNodes();
                }
            };
            List<LoadResult> results;
            try (ParallelParser parsers = new ParallelParser(GazetteShapes.standard())) {
                results = new BatchLoad(counting).load(sources(corpus.subList(3, 4)), parsers, (i, n, r) -> { });
            }
            assertThat(results).singleElement().satisfies(r -> assertThat(r.ok()).isTrue());
            assertThat(listings).hasValue(0);
            assertThat(store.graphNames()).hasSize(4);
        }
    }
}
