package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gazettekg.graph.GKG;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    static final Path SAMPLE = Path.of("corpus", "changzhi-2020-02.txt");
    static final Node GRAPH = NodeFactory.createURI("https://w3id.org/gazette-kg/graph/changzhi-2020-02.txt");

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("db").toString();
    }

    /** Changes the store behind the loader's back, as a crash or a stray tool might. */
    private void tamper(java.util.function.Consumer<DatasetGraph> change) {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> change.accept(store.dataset()));
        }
    }

    /** The sample loaded, then its documents' titles removed: a violation of the shapes. */
    private void loadSampleWithoutTitles() {
        CommandLineTest.run("load", "--db", db(), SAMPLE.toString());
        tamper(ds -> ds.deleteAny(GRAPH, Node.ANY, GKG.eliTitle.asNode(), Node.ANY));
    }

    @Test
    void soundStore_verifiesWithCountsPerSource() {
        CommandLineTest.run("load", "--db", db(), SAMPLE.toString());
        CommandLineTest.Run r = CommandLineTest.run("verify", "--db", db());
        assertThat(r.status()).as(r.out()).isZero();
        assertThat(r.out()).containsPattern("ok +\\d+ +7 +22 +46 +https://w3id.org/gazette-kg/graph/changzhi-2020-02.txt")
                .contains("graph/gazetteer").contains("2 graph(s), 0 with problems");
    }

    @Test
    void documentLineRangeBeyondTheFile_isReported() {
        CommandLineTest.run("load", "--db", db(), SAMPLE.toString());
        tamper(ds -> {
            Node doc = ds.find(GRAPH, Node.ANY, GKG.endLine.asNode(), Node.ANY).next().getSubject();
            ds.deleteAny(GRAPH, doc, GKG.endLine.asNode(), Node.ANY);
            ds.add(GRAPH, doc, GKG.endLine.asNode(), NodeFactory.createLiteralByValue(99_999));
        });
        CommandLineTest.Run r = CommandLineTest.run("verify", "--db", db());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains("PROBLEM").contains("line range outside the file")
                .containsPattern("(?m)^2 graph\\(s\\), 1 with problems$");
    }

    @Test
    void shapeViolation_isReported() {
        loadSampleWithoutTitles();
        CommandLineTest.Run r = CommandLineTest.run("verify", "--db", db());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).contains("SHACL violation");
    }

    @Test
    void shapeViolation_failsValidateNamingTheGraph() {
        loadSampleWithoutTitles();
        CommandLineTest.Run r = CommandLineTest.run("validate", "--db", db());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.out()).containsPattern("(?m)^VIOLATES  " + GRAPH.getURI() + " \\(\\d+ triples\\)$")
                .containsPattern("(?m)^conforms  https://w3id.org/gazette-kg/graph/gazetteer ")
                .containsPattern("(?m)^2 graph\\(s\\), 1 violating$");
    }

    @Test
    void missingGazetteer_isReported() {
        CommandLineTest.run("load", "--db", db(), SAMPLE.toString());
        Node gazetteer = NodeFactory.createURI("https://w3id.org/gazette-kg/graph/gazetteer");
        // Verify must see the store as it is: open it without the loader's repairs.
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(gazetteer, Node.ANY, Node.ANY, Node.ANY));
            assertThat(org.gazettekg.store.StoreAudit.audit(store))
                    .anySatisfy(a -> assertThat(a.problems()).contains("the gazetteer graph is missing"));
        }
    }
}
