package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.gazettekg.server.GazetteServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code serve}: a wrong combination of flags is a usage error before anything opens; a database is
 * served on the port asked for, with the addresses printed as they are, and stopped cleanly.
 */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void allowUpdateWithoutPasswordFile_isAUsageErrorNamingTheMissingFlag() {
        Path db = tmp.resolve("db");
        CommandLineTest.Run r = CommandLineTest.run("serve", "--db", db.toString(), "--allow-update");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--password-file");
        assertThat(db).doesNotExist();
    }

    @Test
    void passwordFileThatDoesNotExist_isAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--db", tmp.resolve("db").toString(),
                "--password-file", tmp.resolve("missing").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("not a readable file");
    }

    @Test
    void passwordFileWithoutUsers_isAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("passwords"), "# nobody\n");
        CommandLineTest.Run r = CommandLineTest.run("serve", "--allow-update", "--password-file", file.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("names no user");
    }

    @Test
    void allowUpdateLoadWithoutAllowUpdate_isAUsageError() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--db", tmp.resolve("db").toString(), "--allow-update-load");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--allow-update");
    }

    @Test
    void help_namesTheNewFlags() {
        CommandLineTest.Run r = CommandLineTest.run("help", "serve");
        assertThat(r.out()).contains("--allow-update").contains("--password-file").contains("--timeout").contains("/analyst/");
    }

    @Test
    void topicWithoutReplica_isRefusedByTheCommandLine() {
        CommandLineTest.Run r = CommandLineTest.run("serve", "--db", tmp.resolve("db").toString(), "--topic", "t");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--replica");
    }

    @Test
    void databaseFolderWithoutDatabase_failsNamingItWithoutCreatingOne() {
        Path db = tmp.resolve("db");
        CommandLineTest.Run r = CommandLineTest.run("serve", "--db", db.toString(), "--port", "0");
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no TDB2 database in " + db);
        assertThat(db).doesNotExist();
    }

    @Test
    void loadedDatabase_isServedOnTheFreePort_withItsAddressesPrinted_untilStopped() throws Exception {
        Path db = loadedDatabase();
        StringWriter printed = new StringWriter();
        ServeCommand.Serving serving = start(printed, "--db", db.toString(), "--port", "0", "--timeout", "1234");
        String base = "http://localhost:" + serving.port();
        try {
            assertThat(serving.port()).isPositive();
            assertThat(ask(base, "ASK { GRAPH ?g { ?d a <https://w3id.org/gazette-kg/ontology#Document> } }")).contains("true");
            assertThat(printed.toString()).contains("gazette-kg serving " + db)
                    .contains("Analyst page   " + base + GazetteServer.ANALYST_PATH)
                    .contains("SPARQL         " + base + GazetteServer.DATASET + "/sparql (timeout 1234 ms)")
                    .contains("SPARQL Update  off")
                    .contains("Admin API      " + base + "/$/ (this machine only)")
                    .contains("Load           load --server " + base + " FILE...")
                    .doesNotContain("Building");
        } finally {
            serving.stop();
        }
        assertThatThrownBy(() -> ask(base, "ASK {}")).isInstanceOf(ConnectException.class);
        CommandLineTest.Run again = CommandLineTest.run("query", "--db", db.toString(), "issues");
        assertThat(again.status()).as(again.err()).isZero();
    }

    @Test
    void passwordFileAndUpdate_arePrintedAsLoginRequired() throws Exception {
        Path db = loadedDatabase();
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: secret\n");
        StringWriter printed = new StringWriter();
        ServeCommand.Serving serving = start(printed, "--db", db.toString(), "--port", "0",
                "--password-file", passwords.toString(), "--allow-update");
        String base = "http://localhost:" + serving.port();
        try {
            assertThat(printed.toString())
                    .contains("SPARQL Update  " + base + GazetteServer.DATASET + "/update (login required)")
                    .contains("Admin API      " + base + "/$/ (login required)")
                    .contains("(timeout " + GazetteServer.DEFAULT_TIMEOUT_MS + " ms)");
        } finally {
            serving.stop();
        }
    }

    private Path loadedDatabase() {
        Path db = tmp.resolve("db");
        CommandLineTest.Run load = CommandLineTest.run("load", "--db", db.toString(), CommandLineTest.SAMPLE.toString());
        assertThat(load.status()).as(load.err()).isZero();
        return db;
    }

    private static ServeCommand.Serving start(StringWriter printed, String... args) {
        CommandLine.ParseResult parsed = GazetteKgCommand.commandLine()
                .parseArgs(Stream.concat(Stream.of("serve"), Stream.of(args)).toArray(String[]::new));
        ServeCommand command = (ServeCommand) parsed.subcommand().commandSpec().userObject();
        ServeCommand.Serving serving = command.start(new PrintWriter(printed, true));
        assertThat(serving).isNotNull();
        return serving;
    }

    private static String ask(String base, String query) throws IOException, InterruptedException {
        URI uri = URI.create(base + GazetteServer.DATASET + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
