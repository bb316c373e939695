package org.gazettekg.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.gazettekg.cli.GazetteKgCommand;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The distributed-mode options of {@code load} and {@code serve}, checked before any broker is asked. */
class ReplicaCommandLineTest {

    private static final int USAGE = 2;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = GazetteKgCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void replicaWithAllowUpdate_isAUsageErrorNamingTheTopicAsTheOnlyWriter() {
        Run r = run("serve", "--replica", "127.0.0.1:1", "--allow-update");

        assertThat(r.status()).isEqualTo(USAGE);
        assertThat(r.err()).contains("--allow-update").contains("Kafka topic");
    }

    @Test
    void helpOfLoadAndServe_namesThePublishReplicaAndTopicOptions() {
        assertThat(run("help", "load").out()).contains("--publish=KAFKA_BOOTSTRAP", "--topic", PatchTopic.DEFAULT);
        assertThat(run("help", "serve").out()).contains("--replica=KAFKA_BOOTSTRAP", "--topic", ReplicaStatusServlet.PATH);
    }
}
