package org.gazettekg.bench;

/**
 * One analyst query's figures at one scale.
 *
 * @param name      the query's name in {@code queries/}
 * @param oneClient one client sending requests in turn
 * @param clients   several clients at once
 */
public record QueryFigures(String name, Latency oneClient, Latency clients) {
}
