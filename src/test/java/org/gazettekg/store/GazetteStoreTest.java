package org.gazettekg.store;

import org.gazettekg.graph.GazetteShapes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteStoreTest {

    static final Path CORPUS = Path.of("corpus");
    static final Path SAMPLE = CORPUS.resolve("changzhi-2020-02.txt");

    @TempDir
    Path tmp;

    private static long size(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().stream().count());
    }

    private static long count(GazetteStore store, String select) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(select, DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void loadingAGazette_storesItsDocumentsInItsOwnNamedGraph() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            LoadResult r = store.load(SAMPLE);
            assertThat(r.ok()).as(r.error()).isTrue();
            assertThat(r.counts().documents()).isPositive();
            assertThat(store.graphNames()).extracting(n -> n.getURI())
                    .containsExactly("https://w3id.org/gazette-kg/graph/changzhi-2020-02.txt");
            assertThat(r.counts().triples()).isEqualTo(Txn.calculateRead(store.dataset(),
                    () -> (long) store.dataset().getGraph(store.graphNames().get(0)).size()));
        }
    }

    @Test
    void defaultGraph_isTheUnionOfTheSourceGraphs() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            LoadResult r = store.load(SAMPLE);
            long docs = count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a <https://w3id.org/gazette-kg/ontology#Document> }");
            assertThat(docs).isEqualTo(r.counts().documents());
        }
    }

    @Test
    void loadingTheSameFileAgain_replacesInsteadOfDuplicating() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(SAMPLE);
            long once = size(store);
            LoadResult again = store.load(SAMPLE);
            assertThat(again.ok()).isTrue();
            assertThat(size(store)).isEqualTo(once);
        }
    }

    @Test
    void reopeningTheDatabase_keepsWhatWasLoaded() {
        long before;
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(SAMPLE);
            before = size(store);
        }
        assertThat(GazetteStore.exists(tmp.resolve("db"))).isTrue();
        try (GazetteStore store = GazetteStore.existing(tmp.resolve("db"))) {
            assertThat(size(store)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "binary", "whitespace"})
    void badFile_isRefusedNamingTheFile_andLeavesTheStoreUnchanged(String kind) throws IOException {
        Path bad = tmp.resolve(kind + ".txt");
        switch (kind) {
            case "empty" -> Files.write(bad, new byte[0]);
            case "binary" -> Files.write(bad, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x7F});
            default -> Files.writeString(bad, "  \n\n \t\n");
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(SAMPLE);
            long before = size(store);
            LoadResult r = store.load(bad);
            assertThat(r.ok()).isFalse();
            assertThat(r.error()).startsWith(kind + ".txt");
            assertThat(size(store)).isEqualTo(before);
        }
    }

    @Test
    void gb18030File_loadsLikeItsUtf8Original() throws IOException {
        Path gb = tmp.resolve("gb").resolve(SAMPLE.getFileName());
        Files.createDirectories(gb.getParent());
        Files.write(gb, Files.readString(SAMPLE, StandardCharsets.UTF_8).getBytes(Charset.forName("GB18030")));
        try (GazetteStore a = GazetteStore.open(tmp.resolve("a")); GazetteStore b = GazetteStore.open(tmp.resolve("b"))) {
            LoadResult utf8 = a.load(SAMPLE);
            LoadResult gb18030 = b.load(gb);
            assertThat(gb18030.ok()).as(gb18030.error()).isTrue();
            assertThat(gb18030.counts()).isEqualTo(utf8.counts());
        }
    }

    @Test
    void wholeCorpus_loadsAndConformsToTheShapes() throws IOException {
        List<Path> files;
        try (var s = Files.list(CORPUS)) {
            files = s.sorted().toList();
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            List<LoadResult> results = store.loadAll(files, (i, n, r) -> { });
            assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
            assertThat(store.validate()).hasSize(files.size() + 1)
                    .allSatisfy(o -> assertThat(GazetteShapes.violations(o.report())).as(o.graph()).isEmpty());
        }
    }

    @Test
    void existing_onAFolderWithoutDatabase_failsNamingIt() {
        Path none = tmp.resolve("nothing-here");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GazetteStore.existing(none))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(none.toString());
    }

    @Test
    void gazetteer_linksAMentionedCountyToItsCityAndProvince() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(SAMPLE);
            long linked = count(store, """
                    PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT (COUNT(DISTINCT ?county) AS ?n) {
                      ?doc gkg:names ?county .
                      ?county gkg:parentDivision ?city .
                      ?city rdfs:label "长治市"@zh ; gkg:parentDivision/rdfs:label "山西省"@zh .
                    }""");
            assertThat(linked).isPositive();
        }
    }

    @Test
    void gazetteer_isWrittenOnceAndNotDuplicatedOnReopen() {
        long first;
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            first = size(store);
            assertThat(first).isPositive();
        }
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(size(store)).isEqualTo(first);
        }
    }

    @Test
    void divisionChange_linksTheOldUnitToItsSuccessorThroughTheEvent() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(SAMPLE);
            long chains = count(store, """
                    PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
                    SELECT (COUNT(*) AS ?n) {
                      ?event a gkg:DivisionChange ; gkg:decreedBy ?doc ;
                             gkg:abolished ?old ; gkg:established ?new .
                      ?old gkg:succeededBy ?new .
                    }""");
            assertThat(chains).isPositive();
        }
    }
}
