package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The queries that list everything (04, 07, 11) page: LIMIT/OFFSET over a total order, pages that add up to the whole. */
class PagedQueriesTest {

    private static final Pattern PAGE = Pattern.compile("LIMIT\\s+(\\d+)\\s+OFFSET\\s+(\\d+)\\s*$");

    private static Path dir;
    private static GazetteStore store;

    @BeforeAll
    static void loadCorpus() throws IOException {
        dir = Files.createTempDirectory("gazette-paged-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<List<String>> rows(String query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(query, QueryRunner.Format.CSV, out);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords()) {
            rows.add(r.toList());
        }
        return rows;
    }

    private static String page(String query, int limit, int offset) {
        return PAGE.matcher(query).replaceFirst(Matcher.quoteReplacement("LIMIT " + limit + " OFFSET " + offset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"04_documents_citing_number", "07_implementers_of_policy", "11_documents_naming_counties_of_city"})
    void listingQuery_endsWithLimitOffset_andItsPagesOfOneAddUpToTheWholeInOrder(String name) throws IOException {
        String text = QueryCatalog.resolve(name).text();
        Matcher m = PAGE.matcher(text);
        assertThat(m.find()).as(name + " ends with LIMIT n OFFSET 0").isTrue();
        assertThat(m.group(2)).isEqualTo("0");
        assertThat(text).contains("ORDER BY");

        List<List<String>> whole = rows(page(text, 100_000, 0));
        assertThat(whole).as(name).isNotEmpty();
        List<List<String>> paged = new ArrayList<>();
        for (int offset = 0; offset <= whole.size(); offset++) {
            List<List<String>> p = rows(page(text, 1, offset));
            assertThat(p.size()).isLessThanOrEqualTo(1);
            paged.addAll(p);
        }
        assertThat(paged).containsExactlyElementsOf(whole);
    }
}
