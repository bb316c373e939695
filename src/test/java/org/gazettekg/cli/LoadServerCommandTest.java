package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.server.ServerOptions;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --server URL FILE...}: files go to a running server, which stores them while it serves. */
class LoadServerCommandTest {

    private static final String USER = "loader";
    private static final String PASSWORD = "p4ss-公报";

    @TempDir
    Path tmp;

    private interface ServerTest {
        void run(GazetteStore store, String url) throws Exception;
    }

    private void withServer(Path passwordFile, ServerTest test) throws Exception {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            FusekiServer server = GazetteServer.create(store).options(ServerOptions.builder().port(0).allowUpdate(false).passwordFile(passwordFile).build()).build();
            server.start();
            try {
                test.run(store, "http://127.0.0.1:" + server.getHttpPort());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void goodFile_isLoadedIntoTheServersStoreWithTheSameLine() throws Exception {
        withServer(null, (store, url) -> {
            CommandLineTest.Run r = CommandLineTest.run("load", "--server", url, CommandLineTest.SAMPLE.toString());
            assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
            assertThat(r.out()).containsPattern("changzhi-2020-02.txt: \\d+ documents, \\d+ citations, \\d+ divisions, \\d+ triples")
                    .contains("1 of 1 file(s) loaded into " + url);
            assertThat(store.graphNames()).hasSize(1);
        });
    }

    @Test
    void badFileAmongGoodOnes_failsWithNonZeroExitAndKeepsTheGoodOne() throws Exception {
        Path noise = Files.writeString(tmp.resolve("noise.txt"), "not a gazette\n", StandardCharsets.UTF_8);
        withServer(null, (store, url) -> {
            CommandLineTest.Run r = CommandLineTest.run("load", "--server", url, CommandLineTest.SAMPLE.toString(), noise.toString());
            assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(r.err()).contains("FAILED").contains("not a gazette");
            assertThat(store.graphNames()).hasSize(1);
        });
    }

    @Test
    void serverWithPasswords_needsTheLoginAndAcceptsIt() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
        Path mine = Files.writeString(tmp.resolve("mine"), PASSWORD + "\n", StandardCharsets.UTF_8);
        withServer(passwords, (store, url) -> {
            CommandLineTest.Run anonymous = CommandLineTest.run("load", "--server", url, CommandLineTest.SAMPLE.toString());
            assertThat(anonymous.status()).isEqualTo(ExitCodes.FAILURE);
            assertThat(anonymous.err()).contains("login required");
            assertThat(store.graphNames()).isEmpty();

            CommandLineTest.Run logged = CommandLineTest.run("load", "--server", url, "--user", USER,
                    "--password-file", mine.toString(), CommandLineTest.SAMPLE.toString());
            assertThat(logged.status()).as(logged.err()).isEqualTo(ExitCodes.OK);
            assertThat(store.graphNames()).hasSize(1);
        });
    }

    @Test
    void serverNotRunning_failsWithAMessageNamingIt() throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("load", "--server", "http://127.0.0.1:9", CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("cannot send to http://127.0.0.1:9");
    }

    @Test
    void dbAndServerTogether_isAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", tmp.resolve("db").toString(), "--server", "http://127.0.0.1:9",
                CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
    }
}
