package org.gazettekg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.store.GazetteStore;

/** Shared teardown of the tests that run an embedded server over a store in a temporary folder. */
public final class EmbeddedServers {

    private EmbeddedServers() {
    }

    /** Stops {@code server}, closes {@code store} and deletes {@code dir}; any of them may be null. */
    public static void shutDown(FusekiServer server, GazetteStore store, Path dir) throws IOException {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        if (dir != null && Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
