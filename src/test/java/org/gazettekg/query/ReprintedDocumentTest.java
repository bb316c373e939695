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
import org.gazettekg.store.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document printed in two files is one node with a source in each: a citation it makes is
 * reported with the file that prints that citation, not with every file that prints the document.
 */
class ReprintedDocumentTest {

    private static final Path FIRST = Path.of("src/test/resources/query/reprint/first-printing.txt");
    private static final Path SECOND = Path.of("src/test/resources/query/reprint/second-printing.txt");

    @TempDir
    Path tmp;

    private static List<CSVRecord> run(GazetteStore store, String query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(QueryCatalog.resolve(query).text(), QueryRunner.Format.CSV, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    @Test
    void citationOfAReprintedDocument_isReportedOncePerPrinting_withThatPrintingsSource() throws Exception {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(List.of(FIRST, SECOND), (i, n, r) -> { })).allMatch(LoadResult::ok);
            List<CSVRecord> rows = run(store, "09_citations_of_documents_in_graph");
            assertThat(rows).extracting(r -> r.get("citing_source") + " L" + r.get("line") + " → " + r.get("cited_number"))
                    .containsExactlyInAnyOrder(
                            "first-printing.txt L21 → 长政发〔2021〕1号",
                            "second-printing.txt L7 → 长政发〔2021〕1号");
        }
    }
}
