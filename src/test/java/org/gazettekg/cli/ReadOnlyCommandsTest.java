package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands that only read a store change no file of its database: each file's SHA-256 and
 * modification time are the same after the command as before. The lock files that TDB2 and
 * Lucene take while a process holds the store are left out: they say who holds it, not what it holds.
 */
class ReadOnlyCommandsTest {

    @TempDir
    Path tmp;

    private Path db;

    /**
     * Loads the sample, then marks its views out of date, as a store built before them or left by
     * a failed batch is: a store opened for writing would derive them again on opening.
     */
    @BeforeEach
    void loadTheSample_withViewsOutOfDate() {
        db = tmp.resolve("db");
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db.toString(), CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).as(r.err()).isZero();
        Node state = NodeFactory.createURI("https://w3id.org/gazette-kg/derived/state");
        try (GazetteStore store = GazetteStore.open(db)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(state, Node.ANY, Node.ANY, Node.ANY));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"query", "validate", "verify", "show", "export"})
    void readOnlyCommand_changesNoFileOfTheDatabase(String command) throws IOException {
        Map<String, String> before = fingerprints(db);
        String[] args = switch (command) {
            case "query" -> new String[] {"query", "--db", db.toString(), "queries/01_documents_per_city_year.rq"};
            case "show" -> new String[] {"show", "--db", db.toString(), "长政办发〔2020〕10号"};
            case "export" -> new String[] {"export", "--db", db.toString(), "--subset", "citations",
                    "--out", tmp.resolve("out.graphml").toString()};
            default -> new String[] {command, "--db", db.toString()};
        };
        CommandLineTest.Run r = CommandLineTest.run(args);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(fingerprints(db)).isEqualTo(before);
    }

    /** Path → SHA-256 and modification time, for every file under {@code dir} but lock files. */
    static Map<String, String> fingerprints(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(p -> !isLock(p)).forEach(p -> {
                try {
                    out.put(dir.relativize(p).toString(), sha256(p) + " " + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return out;
    }

    private static boolean isLock(Path p) {
        String name = p.getFileName().toString();
        return name.equals("tdb.lock") || name.equals("write.lock");
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
