package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CommandLineTest {

    static final Path SAMPLE = Path.of("corpus", "changzhi-2020-02.txt");

    @TempDir
    Path tmp;

    /** The outcome of one command: exit status, standard output and error. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GazetteKgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private String db() {
        return tmp.resolve("db").toString();
    }

    @Test
    void load_reportsWhatEachFileContributed() {
        Run r = run("load", "--db", db(), SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("changzhi-2020-02\\.txt: \\d+ documents, \\d+ citations, \\d+ divisions, \\d+ triples");
    }

    @Test
    void load_folder_showsProgressAndSkipsNonGazetteFiles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLE, folder.resolve("a.txt"));
        Files.copy(SAMPLE, folder.resolve("b.txt"));
        Files.writeString(folder.resolve("notes.md"), "# not a gazette");
        Run r = run("load", "--db", db(), folder.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("[1/2] a.txt").contains("[2/2] b.txt").contains("2 of 2 file(s) loaded");
        assertThat(r.err()).contains("notes.md").contains("not a .txt");
    }

    @Test
    void load_badFileAmongGoodOnes_loadsTheGoodOnesAndExitsNonZero() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run r = run("load", "--db", db(), empty.toString(), SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("empty.txt").contains("empty");
        assertThat(r.out()).contains("changzhi-2020-02.txt:").contains("1 of 2 file(s) loaded");
    }

    @Test
    void load_missingFile_failsNamingIt() {
        Run r = run("load", "--db", db(), tmp.resolve("nope.txt").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("nope.txt");
    }

    @Test
    void query_byName_writesStandardCsv() throws IOException {
        run("load", "--db", db(), SAMPLE.toString());
        Run r = run("query", "--db", db(), "--format", "csv", "documents");
        assertThat(r.status()).as(r.err()).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(r.out())).getRecords();
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).toMap()).containsKeys("source", "line", "doc_number", "issuer", "title", "date", "kind");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("source")).isEqualTo("changzhi-2020-02.txt"));
    }

    @Test
    void query_jsonFormat_isSparqlResultsJson() {
        run("load", "--db", db(), SAMPLE.toString());
        Run r = run("query", "--db", db(), "--format", "json", "issues");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"head\"").contains("\"vars\"").contains("\"bindings\"");
    }

    @Test
    void query_onMissingDatabase_failsWithoutCreatingOne() {
        Run r = run("query", "--db", db(), "documents");
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no TDB2 database");
        assertThat(Files.exists(tmp.resolve("db"))).isFalse();
    }

    @Test
    void query_unknownFormat_isRefused() {
        run("load", "--db", db(), SAMPLE.toString());
        Run r = run("query", "--db", db(), "--format", "yaml", "documents");
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).containsIgnoringCase("yaml");
    }

    @Test
    void validate_loadedCorpus_conforms() {
        run("load", "--db", db(), SAMPLE.toString());
        Run r = run("validate", "--db", db());
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("(?m)^2 graph\\(s\\), 0 violating$")
                .containsPattern("(?m)^conforms  https://w3id.org/gazette-kg/graph/changzhi-2020-02.txt \\(\\d+ triples\\)$")
                .doesNotContain("VIOLATES");
    }

    @Test
    void loadAndValidate_documentWithoutDate_printItsWarningUnderItsFile() {
        Path file = Path.of("corpus", "jincheng-2019-docs.txt");
        Run load = run("load", "--db", db(), file.toString());
        assertThat(load.out()).as("load says it too").containsPattern("jincheng-2019-docs.txt: \\d+ documents.*\\R"
                + "  warning: https://w3id.org/gazette-kg/id/doc/\\S+ <http://data.europa.eu/eli/ontology#date_document>");
        Run r = run("validate", "--db", db());
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("conforms  https://w3id.org/gazette-kg/graph/jincheng-2019-docs.txt \\(\\d+ triples\\)\\R"
                + "  warning: https://w3id.org/gazette-kg/id/doc/\\S+ <http://data.europa.eu/eli/ontology#date_document>");
    }

    @Test
    void show_printsMetadataAndNumberedSourceLines() throws IOException {
        run("load", "--db", db(), SAMPLE.toString());
        Run docs = run("query", "--db", db(), "--format", "csv", "documents");
        CSVRecord first = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(docs.out())).getRecords().get(0);
        String number = first.get("doc_number");
        int line = Integer.parseInt(first.get("line"));
        Run r = run("show", "--db", db(), number.replace('〔', '[').replace('〕', ']'));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(number).contains(first.get("title"));
        String sourceLine = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(line - 1);
        assertThat(r.out()).contains(String.format("%6d  %s", line, sourceLine));
        String nextLine = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(line);
        assertThat(r.out()).contains(String.format("%6d  %s", line + 1, nextLine));
        assertThat(r.out()).as("a blank line closes each document").endsWith(System.lineSeparator() + System.lineSeparator());
    }

    @Test
    void show_unknownNumber_failsNamingIt() {
        run("load", "--db", db(), SAMPLE.toString());
        Run r = run("show", "--db", db(), "无此号〔2099〕1号");
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("无此号〔2099〕1号");
    }

    @Test
    void bench_withoutCorpusOption_usesTheBuiltInSampleCorpus() {
        Run r = run("bench", "--scale", "1", "--requests", "1", "--clients", "1", "--budget", "5",
                "--work", tmp.resolve("work").toString());
        assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("1×: 5 files").contains("01_documents_per_city_year");
    }
}
