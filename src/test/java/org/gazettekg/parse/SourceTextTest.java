package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final String GAZETTE = "长治市人民政府公报\r\n\r\n长政办发〔2020〕10 号\r\n";

    @Test
    void utf8WithBomAndCrlf_decodesToLinesWithoutBomOrCarriageReturns() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = GAZETTE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        SourceText source = SourceText.decode("a.txt", bytes);

        assertThat(source.lines()).containsExactly("长治市人民政府公报", "", "长政办发〔2020〕10 号");
        assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void gb18030Bytes_areDecodedAsGb18030() {
        Charset gb = Charset.forName("GB18030");

        SourceText source = SourceText.decode("gb.txt", GAZETTE.getBytes(gb));

        assertThat(source.line(1)).isEqualTo("长治市人民政府公报");
        assertThat(source.charset()).isEqualTo(gb);
    }

    @Test
    void nulByte_isRejectedNamingFileAndLine() {
        byte[] bytes = "一\n二\n\0三".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SourceText.decode("bin.txt", bytes))
                .isInstanceOfSatisfying(GazetteParseException.class, e -> {
                    assertThat(e.source()).isEqualTo("bin.txt");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void emptyOrWhitespaceOnlyFile_isRejected() {
        assertThatThrownBy(() -> SourceText.decode("empty.txt", new byte[0])).hasMessageContaining("empty.txt");
        assertThatThrownBy(() -> SourceText.decode("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("blank.txt");
    }

    @Test
    void textRange_joinsLinesInclusive() {
        SourceText source = SourceText.of("t.txt", java.util.List.of("a", "b", "c"));

        assertThat(source.text(2, 3)).isEqualTo("b\nc");
        assertThat(source.lineCount()).isEqualTo(3);
    }
}
