package org.gazettekg.bench;

/**
 * One analyst query's figures at one scale.
 *
 * @param name      the query's name in {@code queries/}
 * @param oneClient one client sending requests in turn
 * @param clients   several clients at once
 * @param firstRow  for a table query, one client's time to the first row (its {@code p95Ms} is what the
 *                  streaming target reads); null for an analyst query
 */
public record QueryFigures(String name, Latency oneClient, Latency clients, Latency firstRow) {
}
