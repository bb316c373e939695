package org.gazettekg.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link ServedStore} for a whole test class: started before its first test, stopped and removed
 * after its last. Register it as a static field.
 */
final class ServedFixture implements BeforeAllCallback, AfterAllCallback {

    /** Starts the served store. */
    @FunctionalInterface
    interface Starting {
        ServedStore start() throws IOException;
    }

    private final Starting starting;
    private ServedStore served;

    /** The store {@code starting} serves. */
    ServedFixture(Starting starting) {
        this.starting = starting;
    }

    /** The sample corpus, served read-only from a temporary folder named after {@code name} ({@link ServedStore#sampleCorpus}). */
    static ServedFixture sampleCorpus(String name) {
        return new ServedFixture(() -> ServedStore.sampleCorpus(name));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        served = starting.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (served != null) {
            served.close();
        }
    }

    GazetteStore store() {
        return served.store();
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    String base() {
        return served.base();
    }

    /** The temporary folder of the store. */
    Path dir() {
        return served.dir();
    }

    /** The solutions of the SELECT {@code query} on the store itself, not through the server. */
    List<QuerySolution> select(String query) {
        GazetteStore store = served.store();
        return Txn.calculateRead(store.dataset(), () -> {
            List<QuerySolution> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(store.dataset()))) {
                qe.execSelect().forEachRemaining(out::add);
            }
            return out;
        });
    }

    /** The number ?n that the SELECT {@code query} gives on the store itself. */
    long number(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }
}
