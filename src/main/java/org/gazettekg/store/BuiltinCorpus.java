package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gazettekg.support.ClasspathFolder;

/** The sample gazettes that ship inside the jar, so that {@code serve} works on a fresh clone. */
public final class BuiltinCorpus {

    private static final ClasspathFolder FOLDER = new ClasspathFolder("gazettekg/corpus");

    private BuiltinCorpus() {
    }

    /** The names of the built-in gazette files, sorted. */
    public static List<String> names() {
        return FOLDER.list(".txt");
    }

    /**
     * Writes every built-in gazette into {@code folder} (created if needed), for tools that read
     * gazettes from files, and returns the folder.
     */
    public static Path copyTo(Path folder) {
        requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
            for (String name : names()) {
                Files.write(folder.resolve(name), FOLDER.read(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the built-in corpus to " + folder, e);
        }
        return folder;
    }

    /** Loads every built-in gazette into {@code store} (as {@link GazetteStore#loadAll} loads files). */
    public static List<LoadResult> loadInto(GazetteStore store, GazetteStore.LoadListener listener) {
        requireNonNull(store, "store");
        requireNonNull(listener, "listener");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names()) {
            files.put(name, FOLDER.read(name));
        }
        return store.loadAllBytes(files, listener);
    }
}
