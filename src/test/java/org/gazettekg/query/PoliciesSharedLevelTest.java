package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policies.rq} across files: a national level one file decides for a policy node (国家现行的《产业结构调整指导目录》)
 * is the level of another file's bare citation of the same node, when no file decides another level; a local
 * level (我市《…》) is never shared, and conflicting levels share nothing.
 */
class PoliciesSharedLevelTest {

    private static final Path DIR = Path.of("src/test/resources/query/shared-level");
    private static final String CATALOGUE = "产业结构调整指导目录";
    private static final String CITY_OWN = "关于深化户籍制度改革助力高质量转型发展的实施办法(试行)";

    @TempDir
    Path tmp;

    /** Level of each (file, title) row of {@code policies.rq}. */
    private static Map<String, String> levels(GazetteStore store) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(QueryCatalog.resolve("policies").text(), QueryRunner.Format.CSV, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        Map<String, String> levels = new TreeMap<>();
        rows.forEach(r -> levels.put(r.get("source") + " " + r.get("title").replace('（', '(').replace('）', ')'), r.get("level")));
        return levels;
    }

    private static GazetteStore loaded(Path db, String... files) {
        GazetteStore store = GazetteStore.open(db);
        for (String f : files) {
            assertThat(store.load(DIR.resolve(f)).ok()).as(f).isTrue();
        }
        return store;
    }

    @Test
    void bareCitation_takesTheNationalLevelAnotherFileDecides() throws Exception {
        try (GazetteStore store = loaded(tmp.resolve("db"), "national-context.txt", "bare.txt")) {
            Map<String, String> levels = levels(store);
            assertThat(levels).containsEntry("national-context.txt " + CATALOGUE, "national")
                    .containsEntry("bare.txt " + CATALOGUE, "national");
        }
    }

    @Test
    void bareCitation_doesNotTakeAnotherFilesLocalLevel() throws Exception {
        try (GazetteStore store = loaded(tmp.resolve("db"), "national-context.txt", "bare.txt")) {
            Map<String, String> levels = levels(store);
            assertThat(levels).containsEntry("national-context.txt " + CITY_OWN, "municipal")
                    .containsEntry("bare.txt " + CITY_OWN, "");
        }
    }

    @Test
    void filesDecidingDifferentLevels_shareNone() throws Exception {
        try (GazetteStore store = loaded(tmp.resolve("db"), "national-context.txt", "bare.txt", "provincial-context.txt")) {
            Map<String, String> levels = levels(store);
            assertThat(levels).containsEntry("national-context.txt " + CATALOGUE, "national")
                    .containsEntry("provincial-context.txt " + CATALOGUE, "provincial")
                    .containsEntry("bare.txt " + CATALOGUE, "");
        }
    }
}
