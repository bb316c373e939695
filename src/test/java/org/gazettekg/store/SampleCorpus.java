package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's sample corpus (the folder {@code corpus}), loaded into a store for a test. */
public final class SampleCorpus {

    /** The folder of the sample gazettes, relative to the project folder that tests run in. */
    public static final Path FOLDER = Path.of("corpus");

    private SampleCorpus() {
    }

    /** The sample gazettes, in name order. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.sorted().toList();
        }
    }

    /** A store opened in {@code folder} holding every sample gazette; the test fails if one does not load. */
    public static GazetteStore loadedInto(Path folder) throws IOException {
        GazetteStore store = GazetteStore.open(folder);
        List<LoadResult> results = store.loadAll(files(), (i, n, r) -> { });
        assertThat(results).allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
        return store;
    }
}
