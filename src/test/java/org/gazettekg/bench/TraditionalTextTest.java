package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gazettekg.parse.Simplified;
import org.junit.jupiter.api.Test;

/** The traditional text {@link TraditionalText} writes for generated gazettes, read from OpenCC's table. */
class TraditionalTextTest {

    @Test
    void of_writesTraditionalForms_thatSimplifiedReadsBack() {
        assertThat(TraditionalText.of("东府〔2021〕54号")).isEqualTo("東府〔2021〕54號");
        assertThat(Simplified.of("東府〔2021〕54號")).isEqualTo("东府〔2021〕54号");
    }

    @Test
    void of_corpusFile_keepsItsLength_andWritesTheTraditionalTextItAlwaysWrote() throws IOException {
        String text = Files.readString(Path.of("corpus", "changzhi-2020-02.txt"));
        String traditional = TraditionalText.of(text);

        assertThat(traditional).hasSameSizeAs(text);
        // pinned from the table read before OpenCcTable: which characters change, and to what
        assertThat(List.of(Simplified.traditionalCount(traditional), traditional.hashCode())).isEqualTo(List.of(12958, 1672121164));
    }
}
