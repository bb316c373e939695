package org.gazettekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.replica.PatchTopic;
import org.gazettekg.replica.Replica;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.store.BuiltinCorpus;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--db DIR] [--port N]}: the SPARQL endpoint over the store. */
@Command(name = "serve", description = "Serve the database over SPARQL with an embedded Fuseki (read-only). "
        + "Without --db, uses ./" + ServeCommand.DEFAULT_DB + ", built from the built-in sample corpus on first start.")
final class ServeCommand implements Callable<Integer> {

    /** The database folder used when no --db is given. */
    static final String DEFAULT_DB = "gazette-db";
    /** The database folder of a replica when no --db is given. */
    static final String DEFAULT_REPLICA_DB = "gazette-replica-db";

    @Option(names = "--db", description = "TDB2 database folder (default: ./" + DEFAULT_DB + ", built from the sample corpus if missing)")
    Path db;

    @Option(names = "--port", defaultValue = "" + GazetteServer.DEFAULT_PORT, description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", defaultValue = "" + GazetteServer.DEFAULT_TIMEOUT_MS,
            description = "query timeout in milliseconds (default: ${DEFAULT-VALUE})")
    long timeoutMillis;

    // Distributed mode (replica package): follow the loader's Kafka topic into --db instead of serving a local load.
    @Option(names = "--replica", paramLabel = "KAFKA_BOOTSTRAP",
            description = "serve as a read replica fed from this Kafka cluster (host:port[,…]) into --db (default: ./"
                    + DEFAULT_REPLICA_DB + "), created empty if missing. Status: GET /replica/status")
    String replica;

    @Option(names = "--topic", defaultValue = PatchTopic.DEFAULT, description = "Kafka topic for --replica (default: ${DEFAULT-VALUE})")
    String topic;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = db != null ? db : Path.of(replica != null ? DEFAULT_REPLICA_DB : DEFAULT_DB);
        if (db != null && !GazetteStore.exists(dir) && replica == null) {
            throw new IllegalArgumentException("no TDB2 database in " + dir + " (create one with: load --db " + dir + " FILE...)");
        }
        boolean fresh = !GazetteStore.exists(dir) && replica == null;
        GazetteStore store = GazetteStore.open(dir);
        if (fresh) {
            out.println("Building " + dir + " from the built-in sample corpus …");
            out.flush();
            for (LoadResult r : BuiltinCorpus.loadInto(store, (i, n, r) -> {
                out.printf("[%d/%d] %s%n", i, n, r.ok() ? r.source() + ": " + r.counts().documents() + " documents" : "FAILED " + r.error());
                out.flush();
            })) {
                if (!r.ok()) {
                    store.close();
                    return ExitCodes.FAILURE;
                }
            }
        }
        Replica follower = replica == null ? null : Replica.start(store, replica, topic);
        FusekiServer server = GazetteServer.build(store.dataset(), port, timeoutMillis);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            if (follower != null) {
                follower.close();
            }
            store.close();
            stopped.countDown();
        }, "gazette-kg-shutdown"));
        server.start();
        out.printf("gazette-kg serving %s at http://localhost:%d/ (SPARQL: http://localhost:%d%s/sparql). Ctrl-C stops.%n",
                dir, server.getHttpPort(), server.getHttpPort(), GazetteServer.DATASET);
        if (follower != null) {
            out.printf("Replica of Kafka topic %s at %s; status: http://localhost:%d/replica/status%n", topic, replica, server.getHttpPort());
        }
        out.flush();
        server.join();
        stopped.await();
        return ExitCodes.OK;
    }
}
