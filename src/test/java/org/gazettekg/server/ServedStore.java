package org.gazettekg.server;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;
import org.gazettekg.store.SampleCorpus;

/**
 * The setting of the server tests: a store in a temporary folder, filled, and an embedded server
 * over it on a free port, started; {@link #close} stops and removes all of it.
 */
public final class ServedStore implements AutoCloseable {

    /** Fills a new store at a path. */
    @FunctionalInterface
    public interface Filling {
        GazetteStore fill(Path db) throws IOException;
    }

    /** Builds the server over a filled store; {@code dir} is the test's temporary folder, for files the server reads. */
    @FunctionalInterface
    public interface Serving {
        GazetteServer.Builder serve(GazetteStore store, Path dir) throws IOException;
    }

    private final Path dir;
    private final GazetteStore store;
    private final FusekiServer server;

    private ServedStore(Path dir, GazetteStore store, FusekiServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    /** The sample corpus, served read-only with the builder's defaults. */
    public static ServedStore sampleCorpus(String name) throws IOException {
        return start(name, SampleCorpus::loadedInto, (s, dir) -> GazetteServer.create(s.dataset()).port(0));
    }

    /**
     * A store filled by {@code filling}, served by the server {@code server} builds over it (its port
     * set to 0, a free one, by the caller).
     */
    public static ServedStore start(String name, Filling filling, Serving server)
            throws IOException {
        requireNonNull(filling, "filling");
        requireNonNull(server, "server");
        Path dir = Files.createTempDirectory(requireNonNull(name, "name"));
        GazetteStore store = null;
        try {
            store = filling.fill(dir.resolve("db"));
            FusekiServer started = server.serve(store, dir).build();
            started.start();
            return new ServedStore(dir, store, started);
        } catch (IOException | RuntimeException | Error e) {
            EmbeddedServers.shutDown(null, store, dir);
            throw e;
        }
    }

    /** A filling: a new store with the files of the built-in corpus named, each loaded whole. */
    public static Filling corpusFiles(String... names) {
        return db -> {
            GazetteStore store = GazetteStore.open(db);
            for (String name : names) {
                LoadResult r = store.load(Path.of("corpus", name));
                assertThat(r.ok()).as(r.error()).isTrue();
            }
            return store;
        };
    }

    public GazetteStore store() {
        return store;
    }

    public FusekiServer server() {
        return server;
    }

    public Path dir() {
        return dir;
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + server.getHttpPort();
    }

    @Override
    public void close() throws IOException {
        EmbeddedServers.shutDown(server, store, dir);
    }
}
