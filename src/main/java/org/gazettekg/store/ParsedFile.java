package org.gazettekg.store;

import java.util.List;

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
 * @param warnings what the shapes warn of (facts the reader could not decide), one line each
 */
record ParsedFile(String name, Graph graph, LoadCounts counts, String error, List<String> warnings) {

    static ParsedFile parsed(String name, Graph graph, LoadCounts counts) {
        return parsed(name, graph, counts, List.of());
    }

    static ParsedFile parsed(String name, Graph graph, LoadCounts counts, List<String> warnings) {
        return new ParsedFile(name, graph, counts, null, List.copyOf(warnings));
    }

    static ParsedFile refused(String name, String error) {
        return new ParsedFile(name, null, null, error, List.of());
    }

    boolean ok() {
        return error == null;
    }

    /** The outcome once stored (or refused). */
    LoadResult result() {
        return ok() ? LoadResult.loaded(name, counts, warnings) : LoadResult.failed(name, error);
    }
}
