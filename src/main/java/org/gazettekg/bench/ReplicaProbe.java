package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.gazettekg.replica.ReplicaStatus;
import org.gazettekg.replica.ReplicaStatusServlet;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Asks a server for {@code GET /replica/status} (next to its SPARQL endpoint) and waits for a
 * replica to catch up with its topic.
 */
final class ReplicaProbe {

    /** How often the status is asked while waiting. */
    static final Duration POLL = Duration.ofMillis(50);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final int HTTP_OK = 200;
    private static final int HTTP_NOT_FOUND = 404;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(REQUEST_TIMEOUT).build();
    private final URI status;

    /** A probe of the server that serves {@code endpoint}. */
    ReplicaProbe(URI endpoint) {
        this.status = requireNonNull(endpoint, "endpoint").resolve(ReplicaStatusServlet.PATH);
    }

    /** The replica's status, or empty when the server is not a replica (404). */
    Optional<ReplicaStatus> status() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(status).timeout(REQUEST_TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == HTTP_NOT_FOUND) {
            return Optional.empty();
        }
        if (response.statusCode() != HTTP_OK) {
            throw new IOException(status + " answered " + response.statusCode());
        }
        return Optional.of(JSON.readValue(response.body(), ReplicaStatus.class));
    }

    /**
     * The status once the server answers at all, asked again while it refuses connections (it
     * may have been started together with the benchmark), for at most {@code timeout}.
     */
    Optional<ReplicaStatus> statusOnceUp(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return status();
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("no answer from " + status + " within " + timeout, e);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /**
     * Waits until the replica has applied everything on its topic (lag 0, state following), at
     * most {@code timeout}, and says how long that took since {@code startNanos} (a
     * {@link System#nanoTime()}) and how fast it applied meanwhile.
     *
     * @param first the status the server gave first
     * @throws IllegalStateException when the replica failed or did not catch up in time
     */
    CatchUp awaitCaughtUp(ReplicaStatus first, long startNanos, Duration timeout) throws IOException, InterruptedException {
        requireNonNull(first, "first");
        long deadline = System.nanoTime() + timeout.toNanos();
        ReplicaStatus current = first;
        ReplicaStatus firstFollowing = following(current) ? current : null;
        long firstFollowingNanos = startNanos;
        while (!caughtUp(current)) {
            if ("failed".equals(current.state()) || "stopped".equals(current.state())) {
                throw new IllegalStateException("the replica is " + current.state() + ": " + current.error());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the replica did not catch up within " + timeout + ": " + current);
            }
            Thread.sleep(POLL.toMillis());
            current = status().orElseThrow(() -> new IllegalStateException(status + " is gone"));
            if (firstFollowing == null && following(current)) {
                firstFollowing = current;
                firstFollowingNanos = System.nanoTime();
            }
        }
        long end = System.nanoTime();
        ReplicaStatus from = firstFollowing != null ? firstFollowing : current;
        return CatchUp.of(first, from, current, end - startNanos, end - firstFollowingNanos);
    }

    private static boolean following(ReplicaStatus s) {
        return "following".equals(s.state()) && s.appliedOffset() >= 0;
    }

    private static boolean caughtUp(ReplicaStatus s) {
        return following(s) && s.caughtUp();
    }
}
