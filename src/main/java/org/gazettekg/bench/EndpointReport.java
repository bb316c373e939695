package org.gazettekg.bench;

import java.util.List;

import org.gazettekg.replica.ReplicaStatus;

/**
 * The figures of {@code bench --endpoint}.
 *
 * @param endpoint   the SPARQL endpoint measured
 * @param java       the benchmark's Java version
 * @param processors processors of the benchmark's machine
 * @param clients    concurrent clients of the concurrent runs
 * @param catchUp    how the replica caught up before the queries, or null when the server is not a replica
 * @param publishLag how far behind the replica stayed while gazettes were published, or null when not measured
 * @param replica    the replica's status after the queries, or null when the server is not a replica
 * @param queries    each query's latency
 */
public record EndpointReport(String endpoint, String java, int processors, int clients, CatchUp catchUp,
                             PublishLagFigures publishLag, ReplicaStatus replica, List<QueryFigures> queries) {

    /** Keeps an unmodifiable copy of the queries. */
    public EndpointReport {
        queries = List.copyOf(queries);
    }
}
