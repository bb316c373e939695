package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.gazettekg.cli.GazetteKgCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code gazette-kg export …} on a TDB2 database holding the hand-made graph. */
class ExportCommandTest {

    @TempDir
    static Path tmp;
    private static Path db;

    /** The outcome of one command: exit status, standard output and error. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void createDatabase() {
        db = tmp.resolve("db");
        var dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        ExportFixtures.handMadeInto(dsg);
        TDBInternal.expel(dsg);
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = GazetteKgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void subsetToFile_writesValidGraphmlAndReportsCounts() throws Exception {
        Path out = tmp.resolve("citations.graphml");
        Run r = run("export", "--db", db.toString(), "--subset", "citations", "--format", "graphml", "--out", out.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("citations: " + ExportFixtures.CITATION_NODES + " nodes, " + ExportFixtures.CITATIONS + " edges");
        ExportReaders.validateGraphml(Files.readAllBytes(out));
    }

    @Test
    void subsetToStdout_printsTheCsvEdgeList() {
        Run r = run("export", "--db", db.toString(), "--subset", "cities", "--format", "csv");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(1 + 4).first().asString().startsWith("source,target,source_label,target_label");
        assertThat(r.out()).contains("长治市,晋政办发〔2019〕80号,eli:cites,2");
    }

    @Test
    void constructQueryFile_exportsItsTriplesAsTurtle() throws Exception {
        Path rq = tmp.resolve("based-on.rq");
        Files.writeString(rq, "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
                + "CONSTRUCT { ?d eli:based_on ?p } WHERE { ?d eli:based_on ?p }\n");
        Run r = run("export", "--db", db.toString(), "--query", rq.toString(), "--format", "turtle");

        assertThat(r.status()).as(r.err()).isZero();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(Lang.TURTLE).parse(g);
        assertThat(g.size()).isEqualTo(2);
    }

    @Test
    void neighbourhoodWithoutOf_failsNamingTheOption() {
        Run r = run("export", "--db", db.toString(), "--subset", "neighbourhood");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("--of");
    }

    @Test
    void subsetAndQueryTogether_isAUsageError() {
        Run r = run("export", "--db", db.toString(), "--subset", "citations", "--query", "x.rq");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive");
    }

    @Test
    void missingQueryFile_failsNamingIt() {
        Run r = run("export", "--db", db.toString(), "--query", tmp.resolve("nowhere.rq").toString());

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("cannot read query file").contains("nowhere.rq");
    }

    @Test
    void unknownFormat_failsListingTheFormats() {
        Run r = run("export", "--db", db.toString(), "--subset", "citations", "--format", "xlsx");

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains(ExportFormat.names());
    }
}
