package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command answers {@code --help}; modes that cannot go together are refused by picocli before anything opens. */
class CommandModesTest {

    @TempDir
    Path tmp;

    static List<String> commands() {
        return List.of("load", "query", "serve", "validate", "verify", "show", "export", "bench");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_printsTheCommandsUsageAndSucceeds(String command) {
        CommandLineTest.Run r = CommandLineTest.run(command, "--help");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: gazette-kg " + command);
    }

    @Test
    void loadToServerWithPublish_isRefusedBecausePublishBelongsToDb() {
        CommandLineTest.Run r = CommandLineTest.run("load", "--server", "http://localhost:1", "--publish", "localhost:9092",
                CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).containsAnyOf("mutually exclusive", "Missing required argument(s): --db");
    }

    @Test
    void loadIntoDatabaseWithLogin_isRefusedAndTheDatabaseIsNotCreated() {
        Path db = tmp.resolve("db");
        Path password = tmp.resolve("pw");
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db.toString(), "--user", "u", "--password-file",
                password.toString(), CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--server");
        assertThat(db).doesNotExist();
    }

    @Test
    void loadWithUserButNoPasswordFile_isRefusedNamingTheMissingOption() {
        CommandLineTest.Run r = CommandLineTest.run("load", "--server", "http://localhost:1", "--user", "u",
                CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--password-file");
    }

    @Test
    void loadWithTopicButNoPublish_isRefusedNamingPublish() {
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", tmp.resolve("db").toString(), "--topic", "t",
                CommandLineTest.SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--publish");
    }
}
