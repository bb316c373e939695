package org.gazettekg.store;

import java.util.Optional;

import org.gazettekg.graph.LoadCounts;

/**
 * The outcome of loading one gazette file: what it contributed, or why it was refused (in which
 * case the store holds what it held before).
 *
 * @param source the file name
 * @param counts what was loaded, or null on failure
 * @param error  the message naming file and line, or null on success
 */
public record LoadResult(String source, LoadCounts counts, String error) {

    /** A file that loaded. */
    public static LoadResult loaded(String source, LoadCounts counts) {
        return new LoadResult(source, counts, null);
    }

    /** A file that was refused. */
    public static LoadResult failed(String source, String error) {
        return new LoadResult(source, null, error);
    }

    /** Whether the file loaded. */
    public boolean ok() {
        return error == null;
    }

    /** The error, if any. */
    public Optional<String> failure() {
        return Optional.ofNullable(error);
    }
}
