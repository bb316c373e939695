package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table-of-contents entry whose document the file does not print is kept, and marked as such. */
class TocOnlyDocumentTest {

    @TempDir
    Path tmp;

    @Test
    void tocEntryWithoutBody_isARowOfTheDocumentsTable_withItsTocLineAndNoDate() throws Exception {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.load(Path.of("src/test/resources/query/toc-only.txt")).ok()).isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store.dataset()).run(QueryCatalog.resolve("documents").text(), QueryRunner.Format.CSV, out);
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
            assertThat(rows).extracting(r -> r.get("doc_number").replace('[', '〔').replace(']', '〕'))
                    .containsExactlyInAnyOrder("运政办发〔2021〕3号", "运政办发〔2021〕5号");
            CSVRecord tocOnly = rows.stream().filter(r -> r.get("doc_number").contains("5号")).findFirst().orElseThrow();
            assertThat(tocOnly.get("line")).isEqualTo("16");
            assertThat(tocOnly.get("date")).isEmpty();
            assertThat(tocOnly.get("title")).contains("防汛");
        }
    }
}
