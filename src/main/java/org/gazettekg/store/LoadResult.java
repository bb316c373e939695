package org.gazettekg.store;

import java.util.List;
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
public record LoadResult(String source, LoadCounts counts, String error, List<String> warnings) {

    public LoadResult {
        warnings = List.copyOf(warnings);
    }

    /** A file that loaded, with nothing to warn of. */
    public LoadResult(String source, LoadCounts counts, String error) {
        this(source, counts, error, List.of());
    }

    /** A file that loaded. */
    public static LoadResult loaded(String source, LoadCounts counts) {
        return new LoadResult(source, counts, null);
    }

    /** A file that loaded, with the shapes' warnings on what the reader could not decide. */
    public static LoadResult loaded(String source, LoadCounts counts, List<String> warnings) {
        return new LoadResult(source, counts, null, warnings);
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
