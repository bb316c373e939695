package org.gazettekg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

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

    /** Loads every built-in gazette into {@code store}, one transaction per file. */
    public static List<LoadResult> loadInto(GazetteStore store, GazetteStore.LoadListener listener) {
        requireNonNull(store, "store");
        requireNonNull(listener, "listener");
        List<String> names = names();
        List<LoadResult> results = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            LoadResult r = store.load(names.get(i), FOLDER.read(names.get(i)));
            results.add(r);
            listener.loaded(i + 1, names.size(), r);
        }
        return results;
    }
}
