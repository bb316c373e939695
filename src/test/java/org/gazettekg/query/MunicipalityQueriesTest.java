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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queries 11 and 12 outside Shanxi, for the municipalities (北京, 上海, 天津, 重庆), whose districts hang
 * directly under the province-level unit: a 浦东新区 document (a real page of the held-back set) and
 * the gazetteer's derived history.
 */
class MunicipalityQueriesTest {

    private static final Path PUDONG = Path.of("src/test/resources/outside/corpus/pudong-2022-guize.txt");
    private static final String CITY_VALUES = "VALUES ?city_name { \"长治市\"@zh }";

    private static Path dir;
    private static GazetteStore store;

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("gazette-municipality-test");
        store = GazetteStore.open(dir.resolve("db"));
        assertThat(store.load(PUDONG).ok()).isTrue();
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void documentsNamingCountiesOfCity_forShanghai_findTheDocumentNaming浦东新区() throws IOException {
        String query = QueryCatalog.resolve("11_documents_naming_counties_of_city").text();
        assertThat(query).contains(CITY_VALUES);

        List<CSVRecord> rows = csv(query.replace(CITY_VALUES, "VALUES ?city_name { \"上海市\"@zh }"));

        assertThat(rows).extracting(r -> r.get("county")).contains("浦东新区");
    }

    @Test
    void documentsNamingCountiesOfCity_forBeijing_findNoneOfShanghai() throws IOException {
        String query = QueryCatalog.resolve("11_documents_naming_counties_of_city").text();

        assertThat(csv(query.replace(CITY_VALUES, "VALUES ?city_name { \"北京市\"@zh }"))).isEmpty();
    }

    @Test
    void divisionHistory_givesTheCountyOfAMunicipalitysRenamedDistrict() throws IOException {
        String query = QueryCatalog.resolve("12_division_history").text();
        assertThat(query).contains(CITY_VALUES);

        List<CSVRecord> beijing = csv(query.replace(CITY_VALUES, "VALUES ?city_name { \"北京市\"@zh }"));
        assertThat(beijing).filteredOn(r -> r.get("before").equals("密云县"))
                .extracting(r -> r.get("county"), r -> r.get("after"))
                .contains(org.assertj.core.groups.Tuple.tuple("密云区", "密云区"));
        List<CSVRecord> chongqing = csv(query.replace(CITY_VALUES, "VALUES ?city_name { \"重庆市\"@zh }"));
        assertThat(chongqing).filteredOn(r -> r.get("before").equals("开县"))
                .extracting(r -> r.get("county")).contains("开州区");
        // One municipality's history: none of the other's events.
        assertThat(beijing).extracting(r -> r.get("before")).doesNotContain("开县");
        assertThat(chongqing).extracting(r -> r.get("before")).doesNotContain("密云县");
    }

    private static List<CSVRecord> csv(String query) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(query, QueryRunner.Format.CSV, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }
}
