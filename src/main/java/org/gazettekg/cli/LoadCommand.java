package org.gazettekg.cli;

import org.gazettekg.resolve.ReferenceFolder;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
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

/**
 * {@code load --db DIR FILE|DIR...}: parses gazettes into the store, one named graph per file;
 * {@code load --server URL FILE|DIR...}: sends them to a running {@code serve}, which loads them while it
 * keeps answering queries (a TDB2 database serves one process at a time).
 */
@Command(name = "load", description = {"Load gazette text files (or folders of .txt files) into a TDB2 database. "
        + "Each file becomes one named graph, replaced whole when the file is loaded again.",
        "With --server, send them to a running serve instead (POST URL/$/load), which keeps answering queries meanwhile."})
final class LoadCommand implements Callable<Integer> {

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Where the files go: a database folder (optionally published to Kafka) or a running server. */
    static final class Target {
        @CommandLine.ArgGroup(exclusive = false, heading = "Load into a database:%n")
        ToDatabase database;

        @CommandLine.ArgGroup(exclusive = false, heading = "Send to a running serve:%n")
        ToServer server;
    }

    /** {@code --db DIR [--publish KAFKA [--topic T]]}. */
    static final class ToDatabase {
        @Option(names = "--db", required = true, description = "TDB2 database folder (created if missing)")
        Path db;

        // Distributed mode (replica package): each loaded gazette also goes to a Kafka topic for replicas.
        @CommandLine.ArgGroup(exclusive = false)
        Publish publish;
    }

    /** {@code --publish KAFKA [--topic T]}. */
    static final class Publish {
        @Option(names = "--publish", required = true, paramLabel = "KAFKA_BOOTSTRAP",
                description = "also publish each loaded gazette, as one RDF Patch keyed by its file name, to this Kafka cluster (host:port[,…]) for replicas (serve --replica)")
        String bootstrap;

        @Option(names = "--topic", defaultValue = PatchTopic.DEFAULT, description = "Kafka topic for --publish (default: ${DEFAULT-VALUE})")
        String topic = PatchTopic.DEFAULT;
    }

    /** {@code --server URL [--user U --password-file F]}. */
    static final class ToServer {
        @Option(names = "--server", required = true, paramLabel = "URL",
                description = "a running serve, e.g. http://localhost:3030 (its admin access rules apply)")
        URI url;

        @CommandLine.ArgGroup(exclusive = false)
        Login login;
    }

    /** {@code --user U --password-file F}, both or neither. */
    static final class Login {
        @Option(names = "--user", required = true, description = "user name for a server started with --password-file")
        String user;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "file holding the password of --user (its first line)")
        Path passwordFile;
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "gazette .txt files or folders holding them")
    List<Path> inputs;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "folder of reference files (divisions.tsv, agency-codes.tsv, city-codes.tsv, provinces.tsv, laws.tsv …) read instead of the built-in ones of the same name")
    Path reference;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        useReference(spec, reference);
        List<Path> files = expand(inputs, err);
        int failed = 0;
        AtomicInteger unpublished = new AtomicInteger();
        if (target.server != null) {
            ServerLoader loader = new ServerLoader(target.server.url, authorization(target.server.login));
            for (int i = 0; i < files.size(); i++) {
                LoadResult r = loader.load(files.get(i));
                report(out, err, i + 1, files.size(), r);
                failed += r.ok() ? 0 : 1;
            }
        } else {
            Publish publish = target.database.publish;
            try (GazetteStore store = GazetteStore.open(target.database.db);
                    PatchPublisher publisher = publish == null ? null : PatchPublisher.connect(publish.bootstrap, publish.topic)) {
                for (LoadResult r : store.loadAll(files, (i, n, result) -> {
                    report(out, err, i, n, result);
                    unpublished.addAndGet(publish(publisher, store, result, out, err) ? 0 : 1);
                })) {
                    failed += r.ok() ? 0 : 1;
                }
            }
        }
        out.printf("%d of %d file(s) loaded into %s%n", files.size() - failed, files.size(),
                target.server != null ? target.server.url : target.database.db);
        out.flush();
        return failed == 0 && unpublished.get() == 0 && !files.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Publishes a loaded file when --publish is given; false (and said on err) when Kafka did not take it. */
    private static boolean publish(PatchPublisher publisher, GazetteStore store, LoadResult r, PrintWriter out, PrintWriter err) {
        if (publisher == null || !r.ok()) {
            return true;
        }
        try {
            long offset = publisher.publish(store, r.source());
            out.printf("  published %s to Kafka topic %s (offset %d)%n", r.source(), publisher.topic(), offset);
            out.flush();
            return true;
        } catch (RuntimeException e) {
            err.printf("FAILED %s: loaded but not published to %s: %s%n", r.source(), publisher.topic(), e.getMessage());
            err.flush();
            return false;
        }
    }

    /** The Basic login header for --user and --password-file, or null without them. */
    private String authorization(Login login) {
        if (login == null) {
            return null;
        }
        try {
            String password = Files.readAllLines(login.passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            return "Basic " + Base64.getEncoder().encodeToString((login.user + ":" + password).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read password file " + login.passwordFile + ": " + e.getMessage());
        }
    }

    private static void report(PrintWriter out, PrintWriter err, int index, int total, LoadResult r) {
        String progress = total > 1 ? "[" + index + "/" + total + "] " : "";
        if (r.ok()) {
            out.printf("%s%s: %d documents, %d citations, %d divisions, %d triples%n", progress, r.source(),
                    r.counts().documents(), r.counts().citations(), r.counts().mentions(), r.counts().triples());
            r.warnings().forEach(w -> out.printf("  warning: %s%n", w));
            out.flush();
        } else {
            err.printf("%sFAILED %s%n", progress, r.error());
            err.flush();
        }
    }

    /** Makes the reference files of {@code dir} (if given) the process's reference data; a bad folder is a usage error. */
    static void useReference(CommandLine.Model.CommandSpec spec, Path dir) {
        if (dir == null) {
            return;
        }
        try {
            ReferenceFolder.use(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
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
