package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one SPARQL query over HTTP from a number of clients at once, each a bounded number of
 * times (and for no longer than a time budget), and measures each request from sending to the
 * last byte of the SPARQL JSON results.
 */
final class HttpQueryLoad {

    private static final String RESULTS_JSON = "application/sparql-results+json";
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    private static final int HTTP_OK = 200;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final int requestsPerClient;
    private final Duration budget;

    /**
     * @param endpoint          the SPARQL endpoint
     * @param requestsPerClient requests each client sends at most
     * @param budget            time after which a client sends no further request
     */
    HttpQueryLoad(URI endpoint, int requestsPerClient, Duration budget) {
        this.endpoint = requireNonNull(endpoint, "endpoint");
        this.requestsPerClient = requestsPerClient;
        this.budget = requireNonNull(budget, "budget");
    }

    /** One warm-up request, then {@code clients} clients each sending the query in turn. */
    Latency run(String query, int clients) throws InterruptedException {
        AtomicLong responseBytes = new AtomicLong();
        send(query, responseBytes);
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerClient && System.nanoTime() < deadline; i++) {
                        long t0 = System.nanoTime();
                        if (send(query, responseBytes)) {
                            millis.add((System.nanoTime() - t0) / 1e6);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("query client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return Latency.of(clients, millis, errors.get(), System.nanoTime() - start, responseBytes.get());
    }

    /**
     * One client sending the query in turn (after one warm-up request), timing each request from
     * sending to the end of the first result row and then closing the response: how long an analyst
     * waits before a table starts to fill.
     */
    Latency firstRow(String query) {
        firstRowMillis(query);
        List<Double> millis = new ArrayList<>();
        int errors = 0;
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        for (int i = 0; i < requestsPerClient && System.nanoTime() < deadline; i++) {
            double ms = firstRowMillis(query);
            if (ms >= 0) {
                millis.add(ms);
            } else {
                errors++;
            }
        }
        return Latency.of(1, millis, errors, System.nanoTime() - start, 0);
    }

    /** Milliseconds to the end of the first row (or to an empty result), or -1 on an error. */
    private double firstRowMillis(String query) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request(query), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != HTTP_OK) {
                    return -1;
                }
                FirstRow.read(body);
                return (System.nanoTime() - t0) / 1e6;
            }
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", RESULTS_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .build();
    }

    /** Sends the query once; whether it was answered with 200 and a whole body. */
    private boolean send(String query, AtomicLong responseBytes) {
        try {
            HttpResponse<byte[]> response = client.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
            responseBytes.set(response.body().length);
            return response.statusCode() == HTTP_OK;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
