package org.gazettekg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency and throughput of one query with a number of concurrent clients.
 *
 * @param clients        concurrent clients
 * @param requests       requests answered
 * @param errors         requests answered with an error status or not at all
 * @param p50Ms          median latency
 * @param p95Ms          95th percentile latency
 * @param maxMs          slowest request
 * @param throughputPerS requests per second over the wall time of the run
 * @param responseBytes  size of one response body
 */
public record Latency(int clients, int requests, int errors, double p50Ms, double p95Ms, double maxMs,
                      double throughputPerS, long responseBytes) {

    /** The figures of a run of {@code millis} latencies that took {@code wallNanos}. */
    static Latency of(int clients, List<Double> millis, int errors, long wallNanos, long responseBytes) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double wallSeconds = wallNanos / 1e9;
        return new Latency(clients, sorted.size(), errors, percentile(sorted, 50), percentile(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                wallSeconds > 0 ? sorted.size() / wallSeconds : 0, responseBytes);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
