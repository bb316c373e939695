package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gazettekg.bench.CorpusGenerator;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries that read a page of a page-ordered view by its number ({@code view:page k}; views
 * with a {@code #+ page:} header, docs/views.md "Pages") give, for every page k, exactly the rows,
 * in order, of the same query paged by {@code LIMIT n OFFSET n·k} over the whole view (kept in
 * {@code src/test/resources/query/offset}), on the sample corpus and on a generated larger one,
 * after a bulk load and after files loaded, replaced and dropped one by one.
 */
class PageNumberedQueriesTest {

    /** The page-numbered queries, each with its former OFFSET form. */
    static final List<String> QUERIES = List.of("01_documents_per_city_year", "08_policy_chains_city_province_nation",
            "09_citations_of_documents_in_graph");
    /** The page number of a page-numbered query: {@code view:page k} outside a comment. */
    static final Pattern PAGE = Pattern.compile("(?m)^([^#\\n]*\\bview:page\\s+)(\\d+)\\b");
    private static final Pattern OFFSET = Pattern.compile("LIMIT\\s+(\\d+)\\s+OFFSET\\s+0\\s*$");

    @TempDir
    Path tmp;

    @Test
    void everyPage_ofTheSampleLoadedFileByFile_isThePageOfTheOffsetQuery() throws IOException {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            for (Path file : SampleCorpus.files()) {
                assertThat(store.load(file).ok()).isTrue();
                assertEveryPageIsThePageOfTheOffsetQuery(store, 1);
            }
            assertEveryQueryHasRows(store);
        }
    }

    /**
     * A corpus generated from the sample, bulk loaded, and then written file by file (some
     * gazettes loaded again, replaced by other text, dropped), so that the pages are kept from
     * the writes: view 01 spans several pages.
     */
    @Test
    void everyPage_ofAGeneratedCorpus_keptWriteByWrite_isThePageOfTheOffsetQuery() throws IOException {
        List<Path> files = new CorpusGenerator(CorpusGenerator.gazettesIn(SampleCorpus.FOLDER), 5).generate(24, tmp.resolve("corpus"));
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            List<LoadResult> results = store.loadAll(files.subList(0, files.size() - 3), (i, n, r) -> { });
            assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
            assertEveryPageIsThePageOfTheOffsetQuery(store, 2);
            for (Path file : files.subList(files.size() - 3, files.size())) {
                assertThat(store.load(file).ok()).isTrue();
                assertEveryPageIsThePageOfTheOffsetQuery(store, 2);
            }
            // A gazette replaced by another's text (another city, other years), then dropped.
            Path first = files.get(0);
            assertThat(store.load(first.getFileName().toString(), Files.readAllBytes(files.get(files.size() - 1))).ok()).isTrue();
            assertEveryPageIsThePageOfTheOffsetQuery(store, 2);
            store.replaceGraphs(java.util.Map.of(first.getFileName().toString(),
                    org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()), d -> { });
            assertEveryPageIsThePageOfTheOffsetQuery(store, 2);
            assertEveryQueryHasRows(store);
        }
    }

    private static void assertEveryQueryHasRows(GazetteStore store) throws IOException {
        for (String name : QUERIES) {
            assertThat(rows(store, QueryCatalog.resolve(name).text())).as(name).isNotEmpty();
        }
    }

    /** For each page-numbered query, every page up to one past the last (empty) equals the offset query's; at least {@code pages} pages. */
    private static void assertEveryPageIsThePageOfTheOffsetQuery(GazetteStore store, int pages) throws IOException {
        for (String name : QUERIES) {
            String numbered = QueryCatalog.resolve(name).text();
            String offset = Files.readString(Path.of("src/test/resources/query/offset", name + ".rq"));
            Matcher n = PAGE.matcher(numbered);
            assertThat(n.find() && n.group(2).equals("0")).as(name + " reads page 0").isTrue();
            assertThat(numbered).doesNotContainPattern("\\n\\s*LIMIT\\s+\\d+\\s+OFFSET");
            Matcher m = OFFSET.matcher(offset);
            assertThat(m.find()).as(name).isTrue();
            int size = Integer.parseInt(m.group(1));
            int total = rows(store, OFFSET.matcher(offset).replaceFirst("")).size();
            if (name.startsWith("01")) {
                assertThat(total).as(name + " rows").isGreaterThan((pages - 1) * size);
            }
            for (int k = 0; k <= total / size; k++) {
                List<List<String>> expected = rows(store, OFFSET.matcher(offset).replaceFirst("LIMIT " + size + " OFFSET " + (k * size)));
                List<List<String>> page = rows(store, PAGE.matcher(numbered).replaceFirst("$1" + k));
                assertThat(page).as(name + " page " + k + " of " + total + " rows").isEqualTo(expected);
            }
        }
    }

    /** The CSV rows {@code query} answers on {@code store}, header left out. */
    static List<List<String>> rows(GazetteStore store, String query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(query, QueryRunner.Format.CSV, out);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords()) {
            rows.add(r.toList());
        }
        return rows;
    }

    /** The names of the page-numbered queries among the catalog's. */
    static Stream<String> numbered() {
        return QueryCatalog.names().stream().filter(n -> PAGE.matcher(QueryCatalog.resolve(n).text()).find());
    }
}
