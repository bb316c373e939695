package org.gazettekg.graph;

/**
 * What one gazette file contributed to the graph.
 *
 * @param documents documents read
 * @param citations citations read
 * @param mentions  division mentions read
 * @param triples   triples written
 */
public record LoadCounts(int documents, int citations, int mentions, long triples) {
}
