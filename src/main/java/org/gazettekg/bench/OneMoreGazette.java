package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.gazettekg.server.GazetteServer;
import org.gazettekg.server.ServerOptions;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.LoadResult;

/**
 * What adding one gazette costs: {@code load} of one more generated file into the loaded store, and
 * {@code POST /$/load} of another into a server on it, each against the same file loaded the same
 * way into an empty store. A cost close to the file's own, not to a rescan of the store, is the aim.
 */
final class OneMoreGazette {

    /**
     * The figures.
     *
     * @param loadFile          the file given to {@code load}
     * @param loadSeconds       its {@code load} into the loaded store
     * @param loadAloneSeconds  its {@code load} into an empty store
     * @param postFile          the file sent to {@code POST /$/load}
     * @param postSeconds       the request to a server on the loaded store
     * @param postAloneSeconds  the request to a server on an empty store
     * @param documents         documents the loaded file holds
     */
    public record Figures(String loadFile, double loadSeconds, double loadAloneSeconds, String postFile, double postSeconds,
                   double postAloneSeconds, long documents) {
    }

    private OneMoreGazette() {
    }

    /** Measures with {@code loadFile} and {@code postFile} (gazettes not yet in the store {@code db}), scratch stores under {@code work}. */
    static Figures measure(Path db, Path loadFile, Path postFile, Path work) {
        requireNonNull(db, "db");
        Path alone = work.resolve("db-alone");
        TimedQueries.deleteAll(alone);
        try {
            double loadAlone;
            double postAlone;
            try (GazetteStore store = GazetteStore.open(alone)) {
                loadAlone = timedLoad(store, loadFile).seconds();
            }
            TimedQueries.deleteAll(alone);
            try (GazetteStore store = GazetteStore.open(alone)) {
                postAlone = timedPost(store, postFile);
            }
            Timed load;
            double post;
            try (GazetteStore store = GazetteStore.open(db)) {
                load = timedLoad(store, loadFile);
                post = timedPost(store, postFile);
            }
            return new Figures(loadFile.getFileName().toString(), load.seconds(), loadAlone,
                    postFile.getFileName().toString(), post, postAlone, load.result().counts().documents());
        } finally {
            TimedQueries.deleteAll(alone);
        }
    }

    private record Timed(LoadResult result, double seconds) {
    }

    private static Timed timedLoad(GazetteStore store, Path file) {
        long t0 = System.nanoTime();
        LoadResult r = store.load(file);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!r.ok()) {
            throw new IllegalStateException("the extra gazette was refused: " + r.error());
        }
        return new Timed(r, seconds);
    }

    /** Starts a server on {@code store}, times one {@code POST /$/load} of {@code file}, stops the server. */
    private static double timedPost(GazetteStore store, Path file) {
        FusekiServer server = GazetteServer.create(store).port(0).build();
        server.start();
        try {
            String name = file.getFileName().toString();
            URI uri = URI.create("http://localhost:" + server.getHttpPort() + "/$/load?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file)))
                    .header("Content-Type", "text/plain; charset=utf-8").build();
            HttpClient client = HttpClient.newHttpClient();
            long t0 = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /$/load answered " + response.statusCode() + ": " + response.body());
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            server.stop();
        }
    }
}
