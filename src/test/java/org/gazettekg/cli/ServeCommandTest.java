package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s flags: a wrong combination is a usage error before anything opens. */
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
}
