package org.gazettekg.store;

import org.apache.jena.graph.Graph;
import org.gazettekg.graph.LoadCounts;

/**
 * One source file parsed and checked against the shapes, ready to be stored, or the reason it
 * was refused.
 *
 * @param name   the file name (its named graph is minted from it)
 * @param graph  its triples, or null when refused
 * @param counts what it holds, or null when refused
 * @param error  the message naming file and line, or null when it may be stored
 */
record ParsedFile(String name, Graph graph, LoadCounts counts, String error) {

    static ParsedFile parsed(String name, Graph graph, LoadCounts counts) {
        return new ParsedFile(name, graph, counts, null);
    }

    static ParsedFile refused(String name, String error) {
        return new ParsedFile(name, null, null, error);
    }

    boolean ok() {
        return error == null;
    }

    /** The outcome once stored (or refused). */
    LoadResult result() {
        return ok() ? LoadResult.loaded(name, counts) : LoadResult.failed(name, error);
    }
}
