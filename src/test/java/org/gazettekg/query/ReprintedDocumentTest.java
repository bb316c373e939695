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
 * A document printed in two files is one node with a source in each (and so are two documents
 * that two files print under one 文号): a citation it makes is reported with the file that prints
 * that citation, not with every file that prints the document, and citations printed in different
 * files are not taken for one document's.
 */
class ReprintedDocumentTest {

    private static final Path FIRST = Path.of("src/test/resources/query/reprint/first-printing.txt");
    private static final Path SECOND = Path.of("src/test/resources/query/reprint/second-printing.txt");
    private static final Path TWIN_A = Path.of("src/test/resources/query/number-twins/city-a.txt");
    private static final Path TWIN_B = Path.of("src/test/resources/query/number-twins/city-b.txt");

    @TempDir
    Path tmp;

    private static List<CSVRecord> run(GazetteStore store, String query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(QueryCatalog.resolve(query).text(), QueryRunner.Format.CSV, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    /** The rows of {@code query} on a store that holds {@code files} alone. */
    private List<CSVRecord> rowsOn(String query, Path... files) throws Exception {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            assertThat(store.loadAll(List.of(files), (i, n, r) -> { })).allMatch(LoadResult::ok);
            return run(store, query);
        }
    }

    @Test
    void twoDocumentsSharingANumberInTwoFiles_areNotAChainOfTheirCitationsTogether() throws Exception {
        List<CSVRecord> rows = rowsOn("08_policy_chains_city_province_nation", TWIN_A, TWIN_B);
        // 长政办发〔2021〕5号 cites the provincial policy in one file and the national one in the other.
        assertThat(rows).extracting(r -> r.get("doc_number") + ": " + r.get("provincial") + " → " + r.get("national"))
                .containsExactly("长政办发〔2021〕8号: 晋政发〔2020〕3号 → 国发〔2019〕7号");
    }

    @Test
    void citationOfAReprintedDocument_isReportedOncePerPrinting_withThatPrintingsSource() throws Exception {
        List<CSVRecord> rows = rowsOn("09_citations_of_documents_in_graph", FIRST, SECOND);
        assertThat(rows).extracting(r -> r.get("citing_source") + " L" + r.get("line") + " → " + r.get("cited_number"))
                .containsExactlyInAnyOrder(
                        "first-printing.txt L21 → 长政发〔2021〕1号",
                        "second-printing.txt L7 → 长政发〔2021〕1号");
    }
}
