package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query of queries/ runs on the whole sample corpus and finds something. */
class QueriesOnCorpusTest {

    private static Path dir;
    private static GazetteStore store;

    @BeforeAll
    static void loadCorpus() throws IOException {
        dir = Files.createTempDirectory("gazette-queries-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Alerts that are rightly empty on the sample: its gazettes repeal policies only in their newest
     * documents, so no later document cites them (AnalystQueriesTest gives query 13 its rows).
     */
    private static final java.util.Set<String> EMPTY_ON_THE_SAMPLE = java.util.Set.of("13_citations_of_repealed_policies");

    static Stream<String> queryNames() {
        return QueryCatalog.names().stream().filter(name -> !EMPTY_ON_THE_SAMPLE.contains(name));
    }

    @Test
    void alertsEmptyOnTheSample_areEmptyThere() throws IOException {
        for (String name : EMPTY_ON_THE_SAMPLE) {
            assertThat(csv(name)).as(name).isEmpty();
        }
    }

    static List<CSVRecord> csv(String queryName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(QueryCatalog.resolve(queryName).text(), QueryRunner.Format.CSV, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_runsOnTheSampleCorpusAndFindsRows(String name) throws IOException {
        assertThat(csv(name)).as(name).isNotEmpty();
    }

    @Test
    void documentsQuery_givesEverySourceFileItsDocuments() throws IOException {
        assertThat(csv("documents")).extracting(r -> r.get("source")).containsAll(
                List.of("changzhi-2020-02.txt", "changzhi-2020-03.txt", "changzhi-2024-03.txt",
                        "jincheng-2019-docs.txt", "shuozhou-2019-docs.txt"));
    }

    @Test
    void documentsQuery_jointIssuers_areJoinedInPrintedOrder() throws IOException {
        // The heading of 长人社规〔2024〕1号 prints 人社局 first, then 财政局.
        assertThat(csv("documents")).filteredOn(r -> r.get("doc_number").equals("长人社规〔2024〕1号"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("issuer")).isEqualTo("长治市人力资源和社会保障局|长治市财政局"));
    }

    @Test
    void issuesQuery_hasNoRowForAFileWithoutMasthead() throws IOException {
        assertThat(csv("issues")).extracting(r -> r.get("source"))
                .doesNotContain("shuozhou-2019-docs.txt", "jincheng-2019-docs.txt")
                .contains("changzhi-2020-02.txt");
    }
}
