package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample corpus shipped inside the jar is the project's {@code corpus/} folder, byte for byte. */
class BuiltinCorpusTest {

    @TempDir
    Path tmp;

    @Test
    void copyTo_writesEveryShippedGazetteAsInTheCorpusFolder() throws IOException {
        Path copy = BuiltinCorpus.copyTo(tmp.resolve("sample"));
        List<String> shipped;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            shipped = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(BuiltinCorpus.names()).isEqualTo(shipped).hasSize(5);
        for (String name : shipped) {
            assertThat(copy.resolve(name)).hasSameBinaryContentAs(Path.of("corpus", name));
        }
    }
}
