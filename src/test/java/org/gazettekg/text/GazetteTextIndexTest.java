package org.gazettekg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.gazettekg.graph.GKG;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The full-text index on a real store: what {@code text:query} finds, and that reloads keep it exact. */
class GazetteTextIndexTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final String CHANGZHI = "changzhi-2020-02.txt";
    private static final String SHUOZHOU = "shuozhou-2019-docs.txt";

    private static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
            SELECT DISTINCT ?doc ?title ?text WHERE {
              ?doc text:query %s ; eli:title ?title ; gkg:fullText ?text .
            }
            """;

    @TempDir
    Path tmp;

    private record Hit(String doc, String title, String text) {
    }

    private static final String ALL_DOCUMENTS = """
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
            SELECT DISTINCT ?doc ?title ?text WHERE { ?doc eli:title ?title ; gkg:fullText ?text . }
            """;

    private static List<Hit> search(GazetteStore store, String textQueryArgs) {
        return select(store, SEARCH.formatted(textQueryArgs));
    }

    private static List<Hit> select(GazetteStore store, String sparql) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(sparql, DatasetFactory.wrap(store.dataset()))) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    hits.add(new Hit(s.getResource("doc").getURI(), s.getLiteral("title").getLexicalForm(),
                            s.getLiteral("text").getLexicalForm()));
                }
            }
            return hits;
        });
    }

    private static String flat(String text) {
        return GazetteTextIndexTestSupport.flat(text);
    }

    private static void load(GazetteStore store, String file) {
        LoadResult r = store.load(CORPUS.resolve(file));
        assertThat(r.ok()).as(r.error()).isTrue();
    }

    /** Lucene entries in the index against the indexed triples in the store. */
    private static long indexEntries(GazetteStore store) throws IOException {
        TextIndexLucene index = (TextIndexLucene) ((DatasetGraphText) store.dataset()).getTextIndex();
        try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
            return reader.numDocs();
        }
    }

    private static long indexedTriples(GazetteStore store) {
        DatasetGraph ds = store.dataset();
        return Txn.calculateRead(ds, () -> GazetteTextIndex.indexedProperties().stream()
                .mapToLong(p -> ds.stream(Node.ANY, Node.ANY, p.asNode(), Node.ANY).count()).sum());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"长治", "有机旱作", "蓝天保卫战"})
    void chineseTerm_findsExactlyTheDocumentsWhoseTextHasIt(String term) {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            load(store, SHUOZHOU);
            List<Hit> hits = search(store, "'" + term + "'");
            List<Hit> all = select(store, ALL_DOCUMENTS);
            List<String> expected = all.stream().filter(h -> flat(h.text()).contains(term)).map(Hit::doc).distinct().toList();
            assertThat(expected).as("documents of the sample with " + term).isNotEmpty();
            assertThat(hits).extracting(Hit::doc).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void termInATitle_findsThatDocumentThroughTheTitleField() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            List<Hit> hits = search(store, "(eli:title '蓝天保卫战')");
            assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.title()).contains("蓝天保卫战"));
        }
    }

    @Test
    void singleCharacters_doNotMatchAWordTheyOnlyShareCharactersWith() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            // 蓝天保卫战 shares 保卫 and 卫战 with no other word; 天保 alone is not in it as typed
            assertThat(search(store, "'蓝天卫保战'")).isEmpty();
        }
    }

    @Test
    void reloadingAFile_leavesOneEntryPerIndexedTriple() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            long entries = indexEntries(store);
            List<Hit> before = search(store, "'有机旱作'");
            load(store, CHANGZHI);
            load(store, CHANGZHI);
            assertThat(indexEntries(store)).isEqualTo(entries).isEqualTo(indexedTriples(store));
            assertThat(search(store, "'有机旱作'")).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void reloadingAnEditedFile_dropsTheEntriesOfTheOldText() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            assertThat(search(store, "'蓝天保卫战'")).isNotEmpty();
            String edited = Files.readString(CORPUS.resolve(CHANGZHI), StandardCharsets.UTF_8).replace("蓝天保卫战", "碧水保卫战");
            LoadResult r = store.load(CHANGZHI, edited.getBytes(StandardCharsets.UTF_8));
            assertThat(r.ok()).as(r.error()).isTrue();
            assertThat(search(store, "'蓝天保卫战'")).isEmpty();
            assertThat(search(store, "'碧水保卫战'")).isNotEmpty();
            assertThat(indexEntries(store)).isEqualTo(indexedTriples(store));
        }
    }

    @Test
    void abortedWrite_leavesTheIndexAsItWas() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            long entries = indexEntries(store);
            DatasetGraph ds = store.dataset();
            Node g = NodeFactory.createURI(GKG.GRAPH + "scratch");
            ds.begin(TxnType.WRITE);
            ds.add(g, NodeFactory.createURI(GKG.ID + "doc/x"), GKG.eliTitle.asNode(),
                    NodeFactory.createLiteralLang("未提交的标题", "zh"));
            ds.abort();
            ds.end();
            assertThat(indexEntries(store)).isEqualTo(entries);
            assertThat(search(store, "(eli:title '未提交的标题')")).isEmpty();
        }
    }

    @Test
    void bulkLoadIntoAnEmptyStore_indexesEveryIndexedTripleOnce() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            List<LoadResult> results = store.loadAll(List.of(CORPUS.resolve(CHANGZHI), CORPUS.resolve(SHUOZHOU)),
                    (i, n, r) -> { });
            assertThat(results).allMatch(LoadResult::ok);
            assertThat(indexEntries(store)).isPositive().isEqualTo(indexedTriples(store));
            List<Hit> all = select(store, ALL_DOCUMENTS);
            assertThat(search(store, "'有机旱作'")).isNotEmpty()
                    .allMatch(h -> flat(h.text()).contains("有机旱作"))
                    .containsExactlyInAnyOrderElementsOf(all.stream().filter(h -> flat(h.text()).contains("有机旱作")).toList());
        }
    }

    @Test
    void indexBuiltApart_holdsOneEntryPerIndexedTripleAndLeavesTheStoresIndexAlone() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            long entries = indexEntries(store);
            assertThat(GazetteTextIndex.build(store.dataset(), tmp.resolve("apart"))).isEqualTo(indexedTriples(store));
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("apart")))) {
                assertThat((long) reader.numDocs()).isEqualTo(indexedTriples(store));
            }
            assertThat(indexEntries(store)).isEqualTo(entries);
        }
    }

    @Test
    void bulkIndexerRolledBack_leavesTheIndexAsItWas() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            load(store, CHANGZHI);
            long entries = indexEntries(store);
            Graph graph = GraphFactory.createDefaultGraph();
            graph.add(NodeFactory.createURI(GKG.ID + "doc/x"), GKG.eliTitle.asNode(),
                    NodeFactory.createLiteralLang("回滚的标题", "zh"));
            BulkIndexer indexer = GazetteTextIndex.bulkIndexer(store.dataset());
            indexer.add(NodeFactory.createURI(GKG.GRAPH + "scratch"), graph);
            indexer.rollback();
            assertThat(indexEntries(store)).isEqualTo(entries);
            assertThat(search(store, "(eli:title '回滚的标题')")).isEmpty();
        }
    }

    @Test
    void databaseWithoutAnIndex_getsOneBuiltFromItsTriplesOnOpen() throws IOException {
        Path db = tmp.resolve("db");
        List<Hit> before;
        try (GazetteStore store = GazetteStore.open(db)) {
            load(store, CHANGZHI);
            before = search(store, "'长治'");
        }
        deleteTree(db.resolve(GazetteTextIndex.FOLDER));
        try (GazetteStore store = GazetteStore.open(db)) {
            assertThat(search(store, "'长治'")).isNotEmpty().containsExactlyInAnyOrderElementsOf(before);
            assertThat(indexEntries(store)).isEqualTo(indexedTriples(store));
        }
    }

    @Test
    void closedStore_opensAgainInTheSameProcessWithItsIndex() throws IOException {
        Path db = tmp.resolve("db");
        List<Hit> before;
        try (GazetteStore store = GazetteStore.open(db)) {
            load(store, CHANGZHI);
            before = search(store, "'蓝天保卫战'");
        }
        try (GazetteStore store = GazetteStore.open(db)) {
            assertThat(search(store, "'蓝天保卫战'")).isNotEmpty().containsExactlyInAnyOrderElementsOf(before);
            load(store, CHANGZHI);
            assertThat(indexEntries(store)).isEqualTo(indexedTriples(store));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(dir).doesNotExist();
    }
}
