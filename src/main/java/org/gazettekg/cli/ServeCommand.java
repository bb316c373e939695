package org.gazettekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.replica.PatchTopic;
import org.gazettekg.replica.Replica;
import org.gazettekg.replica.ReplicaStatusServlet;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.server.ServerOptions;
import org.gazettekg.store.BuiltinCorpus;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve [--db DIR] [--port N] [--timeout MS] [--password-file FILE [--allow-update]]}: the
 * SPARQL endpoint, the Fuseki UI and the analyst page over the store.
 */
@Command(name = "serve", description = {"Serve the database with an embedded Fuseki: the Fuseki UI at /, the analyst page at "
        + GazetteServer.ANALYST_PATH + ", SPARQL at " + GazetteServer.DATASET + "/sparql (read-only unless --allow-update).",
        "Without --db, uses ./" + ServeCommand.DEFAULT_DB + ", built from the built-in sample corpus on first start.",
        "The admin API (/$/datasets, /$/backup …) answers this machine only, or users of --password-file."})
final class ServeCommand implements Callable<Integer> {

    /** The database folder used when no --db is given. */
    static final String DEFAULT_DB = "gazette-db";
    /** The database folder of a replica when no --db is given. */
    static final String DEFAULT_REPLICA_DB = "gazette-replica-db";

    @Option(names = "--db", description = "TDB2 database folder (default: ./" + DEFAULT_DB + ", built from the sample corpus if missing)")
    Path db;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "folder of reference files (divisions.tsv, agency-codes.tsv, city-codes.tsv, provinces.tsv, laws.tsv …) read instead of the built-in ones of the same name")
    Path reference;

    @Option(names = "--port", defaultValue = "" + GazetteServer.DEFAULT_PORT, description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", defaultValue = "" + GazetteServer.DEFAULT_TIMEOUT_MS,
            description = "query timeout in milliseconds (default: ${DEFAULT-VALUE})")
    long timeoutMillis;

    // Distributed mode (replica package): follow the loader's Kafka topic into --db instead of serving a local load.
    @CommandLine.ArgGroup(exclusive = false, heading = "Serve as a read replica:%n")
    ReplicaMode replicaMode;

    /** {@code --replica KAFKA [--topic T]}. */
    static final class ReplicaMode {
        @Option(names = "--replica", required = true, paramLabel = "KAFKA_BOOTSTRAP",
                description = "serve as a read replica fed from this Kafka cluster (host:port[,…]) into --db (default: ./"
                        + DEFAULT_REPLICA_DB + "), created empty if missing. Status: GET /replica/status")
        String bootstrap;

        @Option(names = "--topic", defaultValue = PatchTopic.DEFAULT, description = "Kafka topic for --replica (default: ${DEFAULT-VALUE})")
        String topic = PatchTopic.DEFAULT;
    }

    @CommandLine.ArgGroup(exclusive = false, heading = "Logins:%n")
    Access access;

    /** {@code --password-file F [--allow-update [--allow-update-load]]}. */
    static final class Access {
        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "Jetty password file ('user: password' lines): the admin API and SPARQL Update ask for a login")
        Path passwordFile;

        @CommandLine.ArgGroup(exclusive = false)
        Update update;
    }

    /** {@code --allow-update [--allow-update-load]}, only with a password file. */
    static final class Update {
        @Option(names = "--allow-update", required = true, description = "serve SPARQL Update at " + GazetteServer.DATASET
                + "/update to users who log in (needs --password-file)")
        boolean allowUpdate;

        @Option(names = "--allow-update-load", description = "let SPARQL Update LOAD read file: and http: IRIs "
                + "(needs --allow-update; off: LOAD is refused with 403)")
        boolean allowUpdateLoad;
    }

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_REQUEST_BYTES,
            description = "longest query string or request body accepted; longer ones get 414 or 413 (default: ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Serving serving = start(spec.commandLine().getOut());
        if (serving == null) {
            return ExitCodes.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(serving::stop, "gazette-kg-shutdown"));
        serving.join();
        return ExitCodes.OK;
    }

    /**
     * Opens the store (built from the built-in corpus when new), starts the server and prints its
     * addresses; null when the built-in corpus could not be loaded. {@link #call} waits on it until
     * the JVM stops.
     */
    Serving start(PrintWriter out) {
        LoadCommand.useReference(spec, reference);
        ServerOptions options = options();
        String replica = replicaMode == null ? null : replicaMode.bootstrap;
        String topic = replicaMode == null ? PatchTopic.DEFAULT : replicaMode.topic;
        Path dir = db != null ? db : Path.of(replica != null ? DEFAULT_REPLICA_DB : DEFAULT_DB);
        if (db != null && !GazetteStore.exists(dir) && replica == null) {
            throw new IllegalArgumentException("no TDB2 database in " + dir + " (create one with: load --db " + dir + " FILE...)");
        }
        boolean fresh = !GazetteStore.exists(dir) && replica == null;
        GazetteStore store = GazetteStore.open(dir);
        if (fresh && !buildFromBuiltinCorpus(store, dir, out)) {
            store.close();
            return null;
        }
        Replica follower = replica == null ? null : Replica.start(store, replica, topic);
        // A replica changes only through its Kafka topic: no /$/load on it.
        FusekiServer server = follower == null ? GazetteServer.create(store).options(options).build() : GazetteServer.create(store.dataset()).options(options).build();
        server.start();
        Serving serving = new Serving(server, follower, store);
        printAddresses(out, dir, serving.port(), options, follower == null);
        if (follower != null) {
            out.printf("  Replica of     Kafka topic %s at %s; status: http://localhost:%d%s%n", topic, replica, serving.port(),
                    ReplicaStatusServlet.PATH);
        }
        out.flush();
        return serving;
    }

    private static boolean buildFromBuiltinCorpus(GazetteStore store, Path dir, PrintWriter out) {
        out.println("Building " + dir + " from the built-in sample corpus …");
        out.flush();
        for (LoadResult r : BuiltinCorpus.loadInto(store, (i, n, r) -> {
            out.printf("[%d/%d] %s%n", i, n, r.ok() ? r.source() + ": " + r.counts().documents() + " documents" : "FAILED " + r.error());
            out.flush();
        })) {
            if (!r.ok()) {
                return false;
            }
        }
        return true;
    }

    /** A running server over its store (and the replica feeding it, if any). */
    static final class Serving {
        private final FusekiServer server;
        private final Replica follower;
        private final GazetteStore store;
        private final CountDownLatch stopped = new CountDownLatch(1);

        private Serving(FusekiServer server, Replica follower, GazetteStore store) {
            this.server = server;
            this.follower = follower;
            this.store = store;
        }

        /** The HTTP port the server listens on. */
        int port() {
            return server.getHttpPort();
        }

        /** Stops the server, then the replica, then closes the store. */
        void stop() {
            server.stop();
            if (follower != null) {
                follower.close();
            }
            store.close();
            stopped.countDown();
        }

        /** Waits until {@link #stop} has run to its end. */
        void join() throws InterruptedException {
            server.join();
            stopped.await();
        }
    }

    /** The options, checked before anything is opened: a wrong combination is a usage error. */
    private ServerOptions options() {
        Path passwordFile = access == null ? null : access.passwordFile;
        boolean allowUpdate = access != null && access.update != null;
        boolean allowUpdateLoad = allowUpdate && access.update.allowUpdateLoad;
        if (replicaMode != null && allowUpdate) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--allow-update: a replica changes only through its Kafka topic");
        }
        try {
            return ServerOptions.builder().port(port).timeoutMillis(timeoutMillis).allowUpdate(allowUpdate).passwordFile(passwordFile)
                    .maxRequestBytes(maxRequestBytes).allowUpdateLoad(allowUpdateLoad).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private static void printAddresses(PrintWriter out, Path dir, int port, ServerOptions options, boolean loads) {
        String base = "http://localhost:" + port;
        out.printf("gazette-kg serving %s%n", dir);
        out.printf("  Fuseki UI      %s/%n", base);
        out.printf("  Analyst page   %s%s%n", base, GazetteServer.ANALYST_PATH);
        out.printf("  SPARQL         %s%s/sparql (timeout %d ms)%n", base, GazetteServer.DATASET, options.timeoutMillis());
        out.printf("  SPARQL Update  %s%n", options.allowUpdate() ? base + GazetteServer.DATASET + "/update (login required)" : "off");
        out.printf("  Admin API      %s/$/ (%s)%n", base, options.hasPasswords() ? "login required" : "this machine only");
        if (loads) {
            out.printf("  Load           load --server %s FILE... (same access as the admin API)%n", base);
        }
        out.println("Ctrl-C stops.");
    }
}
