package org.gazettekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.gazettekg.replica.PatchTopic;
import org.gazettekg.store.BuiltinCorpus;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench --scale N [--json FILE]}: the performance benchmark; {@code bench --endpoint URL}: query
 * latency of a running endpoint, and a replica's lag. It ships in {@code gazette-kg-bench.jar}, not in the
 * product jar, whose command line finds it beside itself (org.gazettekg.cli.BenchPlugin).
 */
@Command(name = "bench", description = "Benchmark parsing, loading (against Jena's bulk loader), database size, heap "
        + "and query latency over HTTP on 1×, 10× and N× the sample corpus.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scale", defaultValue = "100", description = "largest multiple of the sample corpus (default: ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--json", description = "also write the figures as JSON to this file")
    Path json;

    @Option(names = "--corpus", description = "folder of sample gazettes (default: the built-in sample corpus)")
    Path corpus;

    @Option(names = "--work", description = "folder for generated corpora and databases (default: a temporary folder)")
    Path work;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the corpus generator (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--requests", defaultValue = "40", description = "requests per query client at most (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--budget", defaultValue = "30", description = "seconds per query run at most (default: ${DEFAULT-VALUE})")
    int budgetSeconds;

    @Option(names = "--clients", defaultValue = "4", description = "concurrent query clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--keep", description = "keep the generated corpora and databases")
    boolean keep;

    @CommandLine.ArgGroup(exclusive = false, heading = "Measure a running endpoint instead:%n")
    EndpointMode endpointMode;

    /** {@code --endpoint URL [--publish KAFKA [--topic T]]}. */
    static final class EndpointMode {
        @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "measure this running SPARQL endpoint "
                + "instead (e.g. http://host:3030/gazette/sparql); a replica is first awaited at lag 0")
        URI url;

        @CommandLine.ArgGroup(exclusive = false)
        Publishing publishing;
    }

    /** {@code --publish KAFKA [--topic T]}, only with {@code --endpoint}. */
    static final class Publishing {
        @Option(names = "--publish", required = true, paramLabel = "KAFKA_BOOTSTRAP", description = "with --endpoint of a "
                + "replica: load and publish --scale × the sample corpus to this Kafka cluster and measure how soon the "
                + "replica applies each gazette")
        String bootstrap;

        @Option(names = "--topic", defaultValue = PatchTopic.DEFAULT, description = "Kafka topic for --publish (default: ${DEFAULT-VALUE})")
        String topic = PatchTopic.DEFAULT;
    }

    @Option(names = "--catch-up-timeout", defaultValue = "600", description = "seconds to wait for the endpoint and "
            + "for a replica to catch up (default: ${DEFAULT-VALUE})")
    int catchUpSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        quietServerLogs();
        PrintWriter out = spec.commandLine().getOut();
        if (endpointMode != null) {
            return benchEndpoint(out);
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("gazette-bench");
        Bench.Options options = new Bench.Options(sampleCorpus(), scale, dir, seed, requests, Duration.ofSeconds(budgetSeconds),
                clients, keep);
        BenchReport report = new Bench(options, out).run();
        BenchOutput.print(report, out);
        if (json != null) {
            BenchOutput.writeJson(report, json);
            out.println("figures written to " + json);
        }
        if (work == null && !keep) {
            Files.deleteIfExists(dir);
        }
        out.flush();
        return 0;
    }

    /** The folder given by {@code --corpus}, or the built-in sample corpus written to a temporary folder. */
    private Path sampleCorpus() throws IOException {
        if (corpus != null) {
            return corpus;
        }
        Path folder = Files.createTempDirectory("gazette-sample");
        folder.toFile().deleteOnExit();
        BuiltinCorpus.names().forEach(name -> folder.resolve(name).toFile().deleteOnExit());
        return BuiltinCorpus.copyTo(folder);
    }

    private int benchEndpoint(PrintWriter out) throws Exception {
        Publishing publishing = endpointMode.publishing;
        EndpointBench.Publication publication = publishing == null ? null : new EndpointBench.Publication(publishing.bootstrap, publishing.topic,
                sampleCorpus(), scale, seed, work != null ? work : Files.createTempDirectory("gazette-bench-endpoint"), keep);
        EndpointReport report = new EndpointBench(new EndpointBench.Options(endpointMode.url, requests,
                Duration.ofSeconds(budgetSeconds), clients, Duration.ofSeconds(catchUpSeconds), publication), out).run();
        EndpointOutput.print(report, out);
        if (json != null) {
            EndpointOutput.writeJson(report, json);
            out.println("figures written to " + json);
        }
        if (publication != null && work == null && !keep) {
            Files.deleteIfExists(publication.work());
        }
        out.flush();
        return 0;
    }

    /** The embedded server logs every request; the benchmark sends thousands. */
    private static void quietServerLogs() {
        for (String logger : new String[] {"org.apache.jena.fuseki", "org.eclipse.jetty", "org.apache.kafka", "org.apache.jena.query.text"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger, "warn");
        }
    }
}
