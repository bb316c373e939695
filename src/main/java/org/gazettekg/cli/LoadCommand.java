package org.gazettekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.gazettekg.replica.PatchPublisher;
import org.gazettekg.replica.PatchTopic;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load --db DIR FILE|DIR...}: parses gazettes into the store, one named graph per file. */
@Command(name = "load", description = "Load gazette text files (or folders of .txt files) into a TDB2 database. "
        + "Each file becomes one named graph, replaced whole when the file is loaded again.")
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, description = "TDB2 database folder (created if missing)")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "gazette .txt files or folders holding them")
    List<Path> inputs;

    // Distributed mode (replica package): each loaded gazette also goes to a Kafka topic for replicas.
    @Option(names = "--publish", paramLabel = "KAFKA_BOOTSTRAP",
            description = "also publish each loaded gazette, as one RDF Patch keyed by its file name, to this Kafka cluster (host:port[,…]) for replicas (serve --replica)")
    String publish;

    @Option(names = "--topic", defaultValue = PatchTopic.DEFAULT, description = "Kafka topic for --publish (default: ${DEFAULT-VALUE})")
    String topic;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = expand(inputs, err);
        int failed = 0;
        AtomicInteger unpublished = new AtomicInteger();
        try (GazetteStore store = GazetteStore.open(db);
                PatchPublisher publisher = publish == null ? null : PatchPublisher.connect(publish, topic)) {
            for (LoadResult r : store.loadAll(files, (i, n, result) -> {
                report(out, err, i, n, result);
                unpublished.addAndGet(publish(publisher, store, result, err) ? 0 : 1);
            })) {
                failed += r.ok() ? 0 : 1;
            }
        }
        out.printf("%d of %d file(s) loaded into %s%n", files.size() - failed, files.size(), db);
        out.flush();
        return failed == 0 && unpublished.get() == 0 && !files.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Publishes a loaded file when --publish is given; false (and said on err) when Kafka did not take it. */
    private static boolean publish(PatchPublisher publisher, GazetteStore store, LoadResult r, PrintWriter err) {
        if (publisher == null || !r.ok()) {
            return true;
        }
        try {
            publisher.publish(store, r.source());
            return true;
        } catch (RuntimeException e) {
            err.printf("FAILED %s: loaded but not published to %s: %s%n", r.source(), publisher.topic(), e.getMessage());
            err.flush();
            return false;
        }
    }

    private static void report(PrintWriter out, PrintWriter err, int index, int total, LoadResult r) {
        String progress = total > 1 ? "[" + index + "/" + total + "] " : "";
        if (r.ok()) {
            out.printf("%s%s: %d documents, %d citations, %d divisions, %d triples%n", progress, r.source(),
                    r.counts().documents(), r.counts().citations(), r.counts().mentions(), r.counts().triples());
            out.flush();
        } else {
            err.printf("%sFAILED %s%n", progress, r.error());
            err.flush();
        }
    }

    /** Files as given, folders replaced by the .txt files they hold (sorted); anything else is reported. */
    static List<Path> expand(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(f -> {
                        if (f.getFileName().toString().endsWith(".txt")) {
                            files.add(f);
                        } else {
                            err.println("skipped " + f + ": not a .txt gazette file");
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        err.flush();
        return files;
    }
}
