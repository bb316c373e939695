package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The bench command comes from outside the product's own classes, and says where it is when it is missing. */
class BenchPluginTest {

    @Test
    void benchOnTheClassPath_isTheRealCommand() {
        assertThat(BenchPlugin.command().getClass().getName()).isEqualTo("org.gazettekg.bench.BenchCommand");
    }

    @Test
    void benchOnTheCommandLine_answersHelpWithItsOptions() {
        CommandLineTest.Run r = CommandLineTest.run("bench", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--scale").contains("--endpoint");
    }

    @Test
    void missingBenchJar_failsNamingTheJarToBuild() {
        java.io.StringWriter err = new java.io.StringWriter();
        CommandLine cl = new CommandLine(new BenchPlugin.Missing());
        cl.setErr(new java.io.PrintWriter(err));
        int status = cl.execute("--scale", "10");
        assertThat(status).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains(BenchPlugin.JAR).contains("mvn package");
    }

    @Test
    void publishWithoutEndpoint_isRefusedByTheCommandLine() {
        CommandLineTest.Run r = CommandLineTest.run("bench", "--publish", "localhost:9092");
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Missing required argument").contains("--endpoint");
    }
}
