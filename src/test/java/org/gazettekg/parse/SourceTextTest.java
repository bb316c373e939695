package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

    // ---------------------------------------------------------------- traditional characters: reading view and printed form

    private static final Path OUTSIDE = Path.of("src/test/resources/outside/corpus");

    @Test
    void fileInTraditionalCharacters_isReadInSimplifiedAndKeptAsPrinted() {
        SourceText source = SourceText.read(OUTSIDE.resolve("wuzhou-2003-quhua.txt"));

        assertThat(source.isTraditional()).isTrue();
        assertThat(source.line(7)).isEqualTo("国务院关于同意广西壮族自治区调整梧州市市辖区和苍梧县行政区划的批复");
        assertThat(source.printedLine(7)).isEqualTo("國務院關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆");
        assertThat(source.lines().get(6)).isEqualTo(source.printedLine(7));
        assertThat(source.text(7, 9)).isEqualTo("國務院關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆\n\n國函〔2003〕1號");
    }

    @Test
    void webCopyWithPinyinAndLostSpaces_isReadWithoutThem_andPrintedFormsMapBack() {
        // gansu-2023-guize l.1 and l.4: pinyin after each character whose simplified form differs, ? for lost spaces
        SourceText source = SourceText.read(OUTSIDE.resolve("gansu-2023-guize.txt"));

        assertThat(source.line(1)).isEqualTo("甘政发〔2023〕8号");
        assertThat(source.line(4)).isEqualTo("甘肃省人民政府 ");
        assertThat(source.printedLine(1)).isEqualTo("甘政發(fā)〔2023〕8號(hào)");
        assertThat(source.printed("甘肃省人民政府")).isEqualTo("甘肅省人民政府");
    }

    @Test
    void lineWithFewTraditionalCharsOfATraditionalFile_isReadAsSimplifiedToo() {
        SourceText source = SourceText.read(OUTSIDE.resolve("wuzhou-2003-quhua.txt"));

        // l.9 holds two traditional characters only; the file as a whole is traditional
        assertThat(source.line(9)).isEqualTo("国函〔2003〕1号");
        assertThat(source.printedLine(9)).isEqualTo("國函〔2003〕1號");
    }

    @Test
    void simplifiedFile_isNotTraditionalAndReadsAsPrinted() {
        SourceText source = SourceText.read(OUTSIDE.resolve("jiayu-2021-fengong.txt"));

        assertThat(source.isTraditional()).isFalse();
        for (int n = 1; n <= source.lineCount(); n++) {
            assertThat(source.line(n)).isEqualTo(source.printedLine(n));
        }
    }

    @Test
    void strayVariantInASimplifiedFile_staysAsPrinted() {
        SourceText source = SourceText.read(Path.of("corpus", "changzhi-2020-02.txt"));

        assertThat(source.isTraditional()).isFalse();
        assertThat(source.line(106)).isEqualTo("三、潞城区撤销史迴乡,设立史回镇,以原史");
    }

    @Test
    void lineWithThreeTraditionalCharsInASimplifiedFile_isReadAsSimplified_oneWithTwoIsNot() throws IOException {
        // jiayu-2021-fengong (simplified) followed by the two last lines of zhejiang-2011-docs
        List<String> lines = new ArrayList<>(Files.readAllLines(OUTSIDE.resolve("jiayu-2021-fengong.txt")));
        lines.addAll(List.of("", "來源:“中國杭州”政府門戶網站", "", "延伸閱讀:"));

        SourceText source = SourceText.of("mixed.txt", lines);

        assertThat(source.isTraditional()).isTrue();
        assertThat(source.line(lines.size() - 2)).isEqualTo("来源:“中国杭州”政府门户网站");
        assertThat(source.printedLine(lines.size() - 2)).isEqualTo("來源:“中國杭州”政府門戶網站");
        assertThat(source.line(lines.size())).isEqualTo("延伸閱讀:");
        assertThat(source.line(13)).isEqualTo(source.printedLine(13));
    }

    @Test
    void oneTraditionalCharInFiftyHan_makesTheWholeFileTraditional() throws IOException {
        // 6 traditional characters and 300 Han characters in all: 6 × 50 = 300
        SourceText source = SourceText.of("share.txt", withThreeTraditionalLinesAfter(288));

        assertThat(source.line(3)).isEqualTo("延伸阅读:");
        assertThat(source.printedLine(3)).isEqualTo("延伸閱讀:");
    }

    @Test
    void fewerThanOneTraditionalCharInFiftyHan_leavesLinesWithFewOfThemAsPrinted() throws IOException {
        // 6 traditional characters and 301 Han characters in all
        SourceText source = SourceText.of("share.txt", withThreeTraditionalLinesAfter(289));

        assertThat(source.line(3)).isEqualTo("延伸閱讀:");
        assertThat(source.isTraditional()).isFalse();
    }

    @Test
    void fewerThanFiveTraditionalCharsInAShortFile_areLeftAsPrinted() {
        // four traditional characters in seven Han ones: a high share, but too few to call the file traditional
        SourceText source = SourceText.of("short.txt", List.of("國函〔2003〕1號", "", "延伸閱讀:"));

        assertThat(source.isTraditional()).isFalse();
        assertThat(source.line(1)).isEqualTo("國函〔2003〕1號");
    }

    @Test
    void printed_mapsAReadTextBackToItsTraditionalForm_alsoAcrossLines() {
        SourceText source = SourceText.read(OUTSIDE.resolve("zhejiang-2011-docs.txt"));

        assertThat(source.printed("关于萧山区部分行政区划调整的批复")).isEqualTo("關于蕭山區部分行政區劃調整的批復");
        // the end of l.41 and l.43, the blank line between dropped
        assertThat(source.printed("调整的批复杭政函〔2013〕121号")).isEqualTo("調整的批復杭政函〔2013〕121號");
        assertThat(source.printed("杭州市人民政府")).isEqualTo("杭州市人民政府");
    }

    @Test
    void printed_givesTheReadTextItselfWhereTheFileDoesNotHoldIt() {
        SourceText source = SourceText.read(OUTSIDE.resolve("zhejiang-2011-docs.txt"));

        // the title xian-2021-huyi l.9 cites, printed nowhere in this file
        assertThat(source.printed("陕西省民政厅关于西安市鄠邑区部分行政区划调整的批复"))
                .isEqualTo("陕西省民政厅关于西安市鄠邑区部分行政区划调整的批复");
        assertThat(source.printed(null)).isNull();
        assertThat(source.printed("")).isEmpty();
    }

    @Test
    void printed_inASimplifiedFile_isTheReadText() {
        SourceText source = SourceText.read(OUTSIDE.resolve("jiayu-2021-fengong.txt"));

        assertThat(source.printed("重点事项进行责任分解的通知")).isEqualTo("重点事项进行责任分解的通知");
    }

    /**
     * A simplified text of exactly {@code han} Han characters (the start of jiayu-2021-fengong), then three
     * lines "延伸閱讀:" (zhejiang-2011-docs l.61): two traditional characters each, too few for a line of its own.
     */
    private static List<String> withThreeTraditionalLinesAfter(int han) throws IOException {
        String text = String.join("", Files.readAllLines(OUTSIDE.resolve("jiayu-2021-fengong.txt")));
        StringBuilder simplified = new StringBuilder();
        int count = 0;
        for (int i = 0; i < text.length() && count < han; i++) {
            char c = text.charAt(i);
            simplified.append(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                count++;
            }
        }
        assertThat(count).as("Han characters available").isEqualTo(han);
        assertThat(Simplified.traditionalCount(simplified.toString())).isZero();
        List<String> lines = new ArrayList<>(List.of(simplified.toString(), ""));
        lines.addAll(Collections.nCopies(3, "延伸閱讀:"));
        return lines;
    }
}
