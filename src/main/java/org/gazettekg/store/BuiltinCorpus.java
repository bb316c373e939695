package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

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
