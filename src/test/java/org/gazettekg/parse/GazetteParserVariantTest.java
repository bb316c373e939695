package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser on layouts the sample corpus does not print: each corpus file rewritten line for line
 * (文号 in other brackets, full-width digits, in parentheses; Markdown heading marks; CRLF) must
 * parse to its golden documents, and hand-made documents of other cities cover the rest.
 */
class GazetteParserVariantTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final List<String> STEMS = List.of("changzhi-2020-02", "changzhi-2020-03", "changzhi-2024-03",
            "jincheng-2019-docs", "shuozhou-2019-docs");

    // ---------------------------------------------------------------- corpus files rewritten line for line

    /** A rewrite of one 文号 line (its plain text, as printed) that keeps the 文号 it holds. */
    record NumberLineRewrite(String name, UnaryOperator<String> rewrite) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> numberLineRewrites() {
        List<NumberLineRewrite> rewrites = List.of(
                new NumberLineRewrite("square brackets", l -> brackets(l, "[", "]")),
                new NumberLineRewrite("full-width parentheses", l -> brackets(l, "（", "）")),
                new NumberLineRewrite("ASCII parentheses", l -> brackets(l, "(", ")")),
                new NumberLineRewrite("lenticular brackets", l -> brackets(l, "【", "】")),
                new NumberLineRewrite("space before 号", l -> l.replace("号", " 号")),
                new NumberLineRewrite("spaces inside the brackets", l -> l.replace("〔", "〔 ").replace("〕", " 〕")),
                new NumberLineRewrite("full-width digits", GazetteParserVariantTest::fullWidthDigits),
                new NumberLineRewrite("whole number in parentheses", l -> "（" + l.strip() + "）"),
                new NumberLineRewrite("indented with ideographic spaces", l -> "\u3000\u3000" + l.strip()));
        return STEMS.stream().flatMap(stem -> rewrites.stream().map(r -> Arguments.of(stem, r)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("numberLineRewrites")
    void numberLinesPrintedDifferently_giveTheGoldenDocuments(String stem, NumberLineRewrite rewrite) throws IOException {
        List<String> lines = new ArrayList<>(corpusLines(stem));
        for (int n : numberLines(stem)) {
            lines.set(n - 1, rewrite.rewrite().apply(lines.get(n - 1)));
        }

        RecordingSink sink = RecordingSink.parse(SourceText.of(stem + "-variant.txt", lines));

        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(golden(stem + ".documents.tsv"));
    }

    static Stream<Arguments> markdownDepths() {
        return STEMS.stream().flatMap(stem -> Stream.of("# ", "## ", "### ", "#### ", "**")
                .map(mark -> Arguments.of(stem, mark)));
    }

    @ParameterizedTest(name = "{0}: heading lines marked {1}")
    @MethodSource("markdownDepths")
    void headingLinesWithMarkdownMarks_giveTheGoldenDocuments(String stem, String mark) throws IOException {
        List<String> lines = new ArrayList<>(corpusLines(stem));
        RecordingSink original = RecordingSink.parse(SourceText.of(stem + ".txt", lines));
        for (DocumentRecord d : original.documents) {
            String heading = TextLines.plain(lines.get(d.startLine() - 1));
            lines.set(d.startLine() - 1, mark.equals("**") ? "**" + heading.strip() + "**" : mark + heading.strip());
        }

        RecordingSink sink = RecordingSink.parse(SourceText.of(stem + "-markdown.txt", lines));

        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(golden(stem + ".documents.tsv"));
    }

    static Stream<Arguments> lineSpacings() {
        return STEMS.stream().flatMap(stem -> Stream.of(Arguments.of(stem, 0), Arguments.of(stem, 3)));
    }

    /**
     * The corpus files print one blank line between lines; a conversion may print none or several.
     * Rewritten with {@code blanks} blank lines after each text line, a file gives the same documents,
     * each starting at the rewritten place of its original heading line.
     */
    @ParameterizedTest(name = "{0}: {1} blank lines between lines")
    @MethodSource("lineSpacings")
    void corpusFileSpacedDifferently_givesTheSameDocuments(String stem, int blanks) throws IOException {
        List<String> lines = corpusLines(stem);
        List<String> respaced = new ArrayList<>();
        int[] newLine = new int[lines.size() + 1];
        for (int n = 1; n <= lines.size(); n++) {
            if (!lines.get(n - 1).isBlank()) {
                respaced.add(lines.get(n - 1));
                newLine[n] = respaced.size();
                respaced.addAll(java.util.Collections.nCopies(blanks, ""));
            }
        }
        RecordingSink original = RecordingSink.parse(SourceText.of(stem + ".txt", lines));

        RecordingSink sink = RecordingSink.parse(SourceText.of(stem + "-respaced.txt", respaced));

        assertThat(sink.documents).extracting(DocumentRecord::startLine, d -> d.docNumber().canonical(),
                        DocumentRecord::issuers, DocumentRecord::title, DocumentRecord::date, DocumentRecord::kind)
                .containsExactlyElementsOf(original.documents.stream().map(d -> tuple(newLine[d.startLine()],
                        d.docNumber().canonical(), d.issuers(), d.title(), d.date(), d.kind())).toList());
        for (int i = 0; i < original.documents.size(); i++) {
            assertThat(referenceKeys(sink.documents.get(i))).isEqualTo(referenceKeys(original.documents.get(i)));
        }
    }

    /** What a document cites and which divisions it names, line numbers left out. */
    private static List<String> referenceKeys(DocumentRecord d) {
        List<String> keys = new ArrayList<>();
        d.citations().forEach(c -> keys.add(c.number() + "\t" + c.title() + "\t" + c.relation()));
        d.divisions().forEach(m -> keys.add(m.name() + "\t" + m.level() + "\t" + m.event()));
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"changzhi-2020-02", "changzhi-2020-03", "changzhi-2024-03", "jincheng-2019-docs",
            "shuozhou-2019-docs"})
    void corpusFileWithWindowsLineEnds_givesTheGoldenDocumentsAndToc(String stem) throws IOException {
        byte[] crlf = String.join("\r\n", corpusLines(stem)).getBytes(StandardCharsets.UTF_8);

        RecordingSink sink = RecordingSink.parse(SourceText.decode(stem + "-crlf.txt", crlf));

        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(golden(stem + ".documents.tsv"));
        assertThat(GoldenTables.toc(sink)).containsExactlyElementsOf(golden(stem + ".toc.tsv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"changzhi-2020-02", "changzhi-2024-03", "shuozhou-2019-docs"})
    void citedNumbersInFullWidthDigits_giveTheSameCanonicalNumbers(String stem) throws IOException {
        List<String> lines = corpusLines(stem);
        RecordingSink original = RecordingSink.parse(SourceText.of(stem + ".txt", lines));

        RecordingSink sink = RecordingSink.parse(SourceText.of(stem + "-wide.txt",
                lines.stream().map(GazetteParserVariantTest::fullWidthDigitsInNumbers).toList()));

        assertThat(citedNumbers(sink)).isEqualTo(citedNumbers(original)).isNotEmpty();
    }

    // ---------------------------------------------------------------- a corpus file rewritten for another city

    /** 长治's county-level stems and the stems of other Shanxi units with the same suffix, in rewrite order. */
    private static final List<String[]> COUNTY_STEMS = List.of(
            new String[] {"潞州", "小店"}, new String[] {"上党", "迎泽"}, new String[] {"屯留", "杏花岭"},
            new String[] {"潞城", "晋源"}, new String[] {"襄垣", "清徐"}, new String[] {"平顺", "阳曲"},
            new String[] {"黎城", "娄烦"}, new String[] {"壶关", "定襄"}, new String[] {"长子", "五台"},
            new String[] {"武乡", "繁峙"}, new String[] {"沁县", "代县"}, new String[] {"沁源", "宁武"});

    static Stream<Arguments> otherCities() {
        return Stream.of(Arguments.of("太原", "并政"), Arguments.of("晋中", "市政"), Arguments.of("吕梁", "吕政"));
    }

    @ParameterizedTest(name = "长治 → {0} ({1})")
    @MethodSource("otherCities")
    void corpusFileRewrittenWithAnotherCitysCodesAndCounties_givesTheRewrittenRecords(String city, String code)
            throws IOException {
        UnaryOperator<String> rewrite = text -> {
            String s = text.replace("长治", city).replace("长政", code);
            for (String[] stems : COUNTY_STEMS) {
                s = s.replace(stems[0], stems[1]);
            }
            return s;
        };
        List<String> lines = corpusLines("changzhi-2020-02");
        RecordingSink original = RecordingSink.parse(SourceText.of("changzhi-2020-02.txt", lines));

        RecordingSink sink = RecordingSink.parse(SourceText.of("rewritten.txt", lines.stream().map(rewrite).toList()));

        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(
                golden("changzhi-2020-02.documents.tsv").stream().map(rewrite).toList());
        assertThat(sink.documents).hasSameSizeAs(original.documents);
        for (int i = 0; i < original.documents.size(); i++) {
            assertThat(citationRows(sink.documents.get(i), UnaryOperator.identity()))
                    .isEqualTo(citationRows(original.documents.get(i), rewrite));
            assertThat(divisionRows(sink.documents.get(i), UnaryOperator.identity()))
                    .isEqualTo(divisionRows(original.documents.get(i), rewrite));
        }
        assertThat(sink.issues).singleElement().satisfies(issue -> assertThat(issue.city()).isEqualTo(city + "市"));
    }

    private static List<String> citationRows(DocumentRecord d, UnaryOperator<String> rewrite) {
        return d.citations().stream()
                .map(c -> c.line() + "\t" + rewrite.apply(String.valueOf(c.number())) + "\t" + rewrite.apply(String.valueOf(c.title())))
                .toList();
    }

    private static List<String> divisionRows(DocumentRecord d, UnaryOperator<String> rewrite) {
        return d.divisions().stream()
                .map(m -> m.line() + "\t" + rewrite.apply(m.name()) + "\t" + m.level() + "\t" + m.event())
                .toList();
    }

    // ---------------------------------------------------------------- hand-made documents of other cities

    @Test
    void numberInParenthesesUnderTheTitle_startsADocument() {
        RecordingSink sink = RecordingSink.parse("paren.txt", """
                大同市人民政府关于印发大同市新型城镇化规划的通知
                （同政发〔2021〕3号）

                各县（区）人民政府：

                现将规划印发给你们，请认真贯彻执行。

                大同市人民政府
                2021年2月3日
                """);

        assertThat(sink.documents).extracting(d -> d.docNumber().canonical(), DocumentRecord::issuers,
                        DocumentRecord::title, DocumentRecord::date, DocumentRecord::startLine)
                .containsExactly(tuple("同政发〔2021〕3号", List.of("大同市人民政府"),
                        "关于印发大同市新型城镇化规划的通知", LocalDate.of(2021, 2, 3), 1));
    }

    @Test
    void numberInParenthesesClosingAWrappedHeading_startsADocumentAtTheHeading() {
        RecordingSink sink = RecordingSink.parse("paren.txt", """
                前一件的最后一行。

                阳泉市人民政府办公室关于做好
                2021年春耕生产工作的通知（阳政办发〔2021〕5号）

                各县（区）人民政府：

                盂县、平定县要抓好落实。

                阳泉市人民政府办公室
                2021年3月3日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("阳政办发〔2021〕5号");
            assertThat(d.issuers()).containsExactly("阳泉市人民政府办公室");
            assertThat(d.title()).isEqualTo("关于做好2021年春耕生产工作的通知");
            assertThat(d.divisions()).extracting(DivisionMention::name).containsExactly("盂县", "平定县");
        });
    }

    @Test
    void citationInParenthesesEndingALineOfRunningText_startsNoDocument() {
        RecordingSink sink = RecordingSink.parse("prose.txt", """
                忻州市人民政府 关于加强耕地保护的意见

                忻政发〔2022〕3号

                各县（市、区）人民政府：

                为贯彻落实《山西省人民政府关于加强耕地保护的意见》
                （晋政发〔2021〕9号），现提出如下意见。
                根据省政府关于加强耕地保护的通知（晋政发〔2021〕10号）
                原平市、定襄县要严守红线。

                忻州市人民政府
                2022年1月12日
                """);

        assertThat(sink.documents).extracting(d -> d.docNumber().canonical()).containsExactly("忻政发〔2022〕3号");
    }

    @Test
    void tocEntriesWithNumbersButNoPages_areNotDocuments() {
        RecordingSink sink = RecordingSink.parse("toc.txt", """
                临汾市人民政府公报

                目录

                临汾市人民政府关于印发临汾市城市管理办法的通知（临政发〔2022〕7号）
                临汾市人民政府关于本期未刊登事项的通知（临政发〔2022〕8号）
                临汾市人民政府办公室关于做好防汛工作的通知（临政办发〔2022〕9号）

                临汾市人民政府关于印发临汾市城市管理办法的通知
                （临政发〔2022〕7号）

                各县（市、区）人民政府：

                现印发给你们。

                临汾市人民政府
                2022年5月6日

                临汾市人民政府办公室关于做好防汛工作的通知
                临政办发〔2022〕9号

                各县（市、区）人民政府：

                尧都区要做好防汛。

                临汾市人民政府办公室
                2022年6月6日
                """);

        assertThat(sink.documents).extracting(DocumentRecord::startLine, d -> d.docNumber().canonical())
                .containsExactly(tuple(9, "临政发〔2022〕7号"), tuple(19, "临政办发〔2022〕9号"));
    }

    @Test
    void listOfRepealedDocumentsWithBracketedNumbers_isPartOfTheRepealingDocument() {
        RecordingSink sink = RecordingSink.parse("repeal.txt", """
                临汾市人民政府关于废止部分规范性文件的决定

                临政发〔2022〕1号

                各县（市、区）人民政府：

                市政府决定废止以下规范性文件：

                临汾市人民政府关于加强城市管理的通知（临政发〔2010〕5号）
                临汾市人民政府关于加强农村管理的通知（临政发〔2011〕6号）
                临汾市人民政府办公室关于做好防汛工作的通知（临政办发〔2012〕9号）

                本决定自印发之日起施行。

                临汾市人民政府
                2022年1月6日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.docNumber().canonical()).isEqualTo("临政发〔2022〕1号");
            assertThat(d.endLine()).isEqualTo(16);
            assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 6));
        });
    }

    @Test
    void numberInFullWidthDigits_isReadInItsCanonicalForm() {
        RecordingSink sink = RecordingSink.parse("wide.txt", """
                运城市人民政府关于2020年度全市安全生产工作的通报
                运政发〔２０２０〕３号

                各县（市、区）人民政府：

                永济市、河津市安全生产形势平稳。

                运城市人民政府
                2021年1月5日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.docNumber().canonical()).isEqualTo("运政发〔2020〕3号");
            assertThat(d.kind()).isEqualTo("通报");
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 1, 5));
        });
    }

    @Test
    void signatureAndDateSetApartByIdeographicSpaces_giveTheDate() {
        RecordingSink sink = RecordingSink.parse("sign.txt", """
                大同市人民政府办公室关于印发大同市春季植树造林工作方案的通知
                同政办发【2021】8号

                各县（区）人民政府：

                经市政府同意，现印发给你们。

                大同市人民政府办公室\u3000\u30002021年3月10日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.docNumber().canonical()).isEqualTo("同政办发〔2021〕8号");
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 3, 10));
        });
    }

    static Stream<Arguments> issuersNotEndingInGovernmentWords() {
        return Stream.of(
                Arguments.of("长治市总工会 长治市人力资源和社会保障局", List.of("长治市总工会", "长治市人力资源和社会保障局")),
                Arguments.of("长治市妇女联合会", List.of("长治市妇女联合会")),
                Arguments.of("长治市科学技术协会", List.of("长治市科学技术协会")),
                Arguments.of("太原海关", List.of("太原海关")),
                Arguments.of("长治市疫情防控工作领导小组", List.of("长治市疫情防控工作领导小组")),
                Arguments.of("长治市人民政府、长治军分区", List.of("长治市人民政府", "长治军分区")),
                Arguments.of("太原警备区 太原市人民政府", List.of("太原警备区", "太原市人民政府")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuersNotEndingInGovernmentWords")
    void issuerOfAnotherKindOfBody_isSplitOffTheTitle(String issuerLine, List<String> issuers) {
        RecordingSink sink = RecordingSink.parse("body.txt", issuerLine + """

                关于开展劳动竞赛的通知

                长人社发〔2021〕7号

                各县（区）有关单位：

                平顺县要落实。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.issuers()).isEqualTo(issuers);
            assertThat(d.title()).isEqualTo("关于开展劳动竞赛的通知");
        });
    }

    static Stream<Arguments> wrappedHeadings() {
        return Stream.of(
                Arguments.of("title wrapped after an enumeration comma", """
                        临汾市人民政府
                        关于尧都区、洪洞县、
                        襄汾县调整部分乡镇行政区划的通告
                        """, List.of("临汾市人民政府"), "关于尧都区、洪洞县、襄汾县调整部分乡镇行政区划的通告"),
                Arguments.of("bracketed years on a line of their own", """
                        临汾市人民政府办公室关于印发临汾市加快推进生态保护和高质量发展
                        （2021—2025年）
                        实施方案的通知
                        """, List.of("临汾市人民政府办公室"), "关于印发临汾市加快推进生态保护和高质量发展（2021—2025年）实施方案的通知"),
                Arguments.of("edition note closing the heading", """
                        吕梁市人民政府
                        关于印发吕梁市城市生活垃圾分类管理办法的通知
                        （试行）
                        """, List.of("吕梁市人民政府"), "关于印发吕梁市城市生活垃圾分类管理办法的通知（试行）"),
                Arguments.of("two stacked issuers over a title wrapped four times", """
                        中共临汾市委办公室
                        临汾市人民政府办公室

                        关于进一步加强
                        农村人居环境整治
                        工作的
                        实施意见
                        """, List.of("中共临汾市委办公室", "临汾市人民政府办公室"), "关于进一步加强农村人居环境整治工作的实施意见"),
                Arguments.of("issuer and title glued, no 关于", """
                        晋中市人民政府办公室印发晋中市突发事件总体应急预案的通知
                        """, List.of("晋中市人民政府办公室"), "印发晋中市突发事件总体应急预案的通知"),
                Arguments.of("joint issuers on one line, separated by a space", """
                        中共运城市委 运城市人民政府
                        关于加快推进乡村振兴的实施意见
                        """, List.of("中共运城市委", "运城市人民政府"), "关于加快推进乡村振兴的实施意见"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrappedHeadings")
    void headingWrappedAcrossLines_givesItsIssuersAndWholeTitle(String layout, String heading, List<String> issuers,
                                                                 String title) {
        RecordingSink sink = RecordingSink.parse("wrapped.txt", """
                上一件的最后一句。

                """ + heading + """

                临政发〔2021〕3号

                各县（市、区）人民政府：

                正文。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.issuers()).isEqualTo(issuers);
            assertThat(d.title()).isEqualTo(title);
        });
    }

    @Test
    void titleWrappedOverThreeLinesOfADoubleSpacedFile_isReadWhole() {
        RecordingSink sink = RecordingSink.parse("double.txt", """
                上一件附件的最后一行没有标点

                长治市人民政府办公室

                关于印发长治市推进有机旱作

                农业发展2020年

                行动计划的通知

                长政办发〔2020〕10 号

                各县、区人民政府:
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.issuers()).containsExactly("长治市人民政府办公室");
            assertThat(d.title()).isEqualTo("关于印发长治市推进有机旱作农业发展2020年行动计划的通知");
        });
    }

    @Test
    void linesAcrossABlankAboveATitleWithoutOpening_areNotTakenIntoIt() {
        RecordingSink sink = RecordingSink.parse("double.txt", """
                上一件附件的最后一行没有标点

                另一行也没有标点

                晋城市加快5G产业发展实施意见

                晋市政发〔2019〕23号
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(5);
            assertThat(d.title()).isEqualTo("晋城市加快5G产业发展实施意见");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"【市政府文件】", "市政府文件 >>>"})
    void sectionLabelRightAboveATitleWithoutIssuer_isNotPartOfTheTitle(String label) {
        RecordingSink sink = RecordingSink.parse("label.txt", label + """

                晋城市加快5G产业发展实施意见
                晋市政发〔2019〕23号

                正文。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(2);
            assertThat(d.title()).isEqualTo("晋城市加快5G产业发展实施意见");
        });
    }

    @Test
    void noteClosingAPreviousDocument_doesNotBecomeTheHeadingOfARedHeadNumber() {
        RecordingSink sink = RecordingSink.parse("note.txt", """
                吕梁市人民政府
                关于某甲事项的通知

                吕政发〔2021〕4号

                正文。

                吕梁市人民政府
                2021年2月5日
                （此件公开发布）

                吕政发〔2021〕5号

                吕梁市人民政府关于某乙事项的通知

                正文。
                """);

        assertThat(sink.documents).extracting(DocumentRecord::startLine, DocumentRecord::title, DocumentRecord::date)
                .containsExactly(tuple(1, "关于某甲事项的通知", LocalDate.of(2021, 2, 5)),
                        tuple(14, "关于某乙事项的通知", null));
        assertThat(sink.documents.get(0).endLine()).as("the next 文号, above its heading, is not the first document's").isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"《太原市城市管理办法》政策解读", "关于《太原市城市管理办法》的解读", "【政策解读】"})
    void interpretationPrintedAfterADocument_isNotPartOfIt(String sectionHeading) {
        RecordingSink sink = RecordingSink.parse("interpretation.txt", """
                太原市人民政府关于印发太原市城市管理办法的通知

                并政发〔2022〕7号

                各县（市、区）人民政府：

                现印发给你们，清徐县要落实。

                太原市人民政府
                2022年5月6日

                """ + sectionHeading + """

                一、起草依据：《中华人民共和国城乡规划法》。阳曲县、娄烦县试点。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.endLine()).isEqualTo(10);
            assertThat(d.citations()).isEmpty();
            assertThat(d.divisions()).extracting(DivisionMention::name).containsExactly("清徐县");
        });
    }

    static Stream<Arguments> numberAndDateLayouts() {
        return Stream.of(
                Arguments.of("labelled 文号, date with a publication note", "文号：忻政发〔2022〕8号", "2022年5月6日（此件公开发布）",
                        "忻政发〔2022〕8号", LocalDate.of(2022, 5, 6)),
                Arguments.of("labelled 发文字号, spaced date", "发文字号：忻政办发〔2022〕9号", "2022 年 5 月 7 日",
                        "忻政办发〔2022〕9号", LocalDate.of(2022, 5, 7)),
                Arguments.of("small-form brackets, date in Chinese numerals", "忻政发﹝2022﹞10号", "二〇二二年五月八日",
                        "忻政发〔2022〕10号", LocalDate.of(2022, 5, 8)),
                Arguments.of("第 before the serial, ○ for zero", "忻政发〔2022〕第11号", "二○二二年十二月二十日",
                        "忻政发〔2022〕11号", LocalDate.of(2022, 12, 20)),
                Arguments.of("signer note after the number, date with full-width digits", "忻政发〔2022〕12号  签发人：张三",
                        "２０２２年５月９日", "忻政发〔2022〕12号", LocalDate.of(2022, 5, 9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberAndDateLayouts")
    void numberAndDatePrintedInAnotherLayout_areRead(String layout, String numberLine, String dateLine, String number,
                                                     LocalDate date) {
        RecordingSink sink = RecordingSink.parse("layout.txt", "忻州市人民政府关于加强某事项管理的通知\n" + numberLine
                + "\n\n各县（市、区）人民政府：\n\n正文，原平市要落实。\n\n忻州市人民政府\n" + dateLine + "\n");

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.docNumber().canonical()).isEqualTo(number);
            assertThat(d.date()).isEqualTo(date);
            assertThat(d.title()).isEqualTo("关于加强某事项管理的通知");
        });
    }

    @Test
    void redHeadTitleWrappedAfterAWordThatIsAKind_isReadWhole() {
        RecordingSink sink = RecordingSink.parse("redhead.txt", """
                长治市人民政府文件

                长政发〔2021〕9号

                长治市人民政府关于印发长治市城乡供水一体化实施方案
                的通知

                各县（区）人民政府：

                现印发给你们。

                长治市人民政府
                2021年3月9日

                长治市城乡供水一体化实施方案

                一、总体要求。

                长治市人民政府办公室 2021年3月10日印发

                长政发〔2021〕10号

                长治市人民政府关于印发长治市营商环境评价标准
                的通知

                各县（区）人民政府：
                """);

        assertThat(sink.documents).extracting(DocumentRecord::startLine, DocumentRecord::title, DocumentRecord::kind)
                .containsExactly(tuple(5, "关于印发长治市城乡供水一体化实施方案的通知", "通知"),
                        tuple(23, "关于印发长治市营商环境评价标准的通知", "通知"));
        assertThat(sink.documents.get(0).endLine()).as("the next red-head 文号 is not the first document's").isEqualTo(19);
    }

    @ParameterizedTest
    @ValueSource(strings = {"— 12 —", "吕梁市人民政府公报", "12", "吕梁政报 2021年第3期"})
    void pageHeadOrFooterBetweenHeadingAndNumber_isPassedOver(String runningHead) {
        RecordingSink sink = RecordingSink.parse("page.txt", """
                上一件的最后一句。

                吕梁市人民政府
                关于加强某事项管理的通知

                """ + runningHead + """


                吕梁市人民政府公报

                吕政发〔2021〕9号

                各县（市、区）人民政府：

                正文。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.issuers()).containsExactly("吕梁市人民政府");
            assertThat(d.title()).isEqualTo("关于加强某事项管理的通知");
        });
    }

    @ParameterizedTest(name = "{1} in a gazette of {0}")
    @CsvSource({"长治市, 长办发, 中共长治市委办公室|长治市人民政府办公室", "太原市, 晋发, 中共山西省委|山西省人民政府",
            // an office code known only by analogy with other cities names no office
            "太原市, 并政办发, ''"})
    void headingWithoutIssuer_inAGazette_takesTheBodiesItsCodeStandsForThere(String city, String code, String bodies) {
        RecordingSink sink = RecordingSink.parse("code.txt", city + "人民政府公报\n2022年第4期（总第30期）\n出版日期：2022年8月31日\n"
                + "编辑出版：" + city + "人民政府办公室\n\n关于加快建设高水平新型研发机构的实施方案\n\n" + code
                + "〔2022〕15号\n\n正文。\n");

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.issuers()).as("none printed").isEmpty());
        assertThat(sink.resolvedIssuers(0)).containsExactly(bodies.isEmpty() ? new String[0] : bodies.split("\\|"));
    }

    @Test
    void headingWithoutIssuer_outsideAnyGazette_takesNoBodyFromItsCodeAlone() {
        RecordingSink sink = RecordingSink.parse("code.txt", "关于加快建设高水平新型研发机构的实施方案\n\n长办发〔2022〕15号\n\n正文。\n");

        assertThat(sink.resolvedIssuers(0)).as("长 is the first character of many places").isEmpty();
    }

    static Stream<Arguments> mastheads() {
        return Stream.of(
                Arguments.of("""
                        太原市人民政府公报
                        2021年第4期（总第30期）
                        出版日期：2021年8月31日
                        编辑出版：太原市人民政府办公室
                        """, new IssueRecord("太原市人民政府公报", "太原市", 2021, "4", "30", LocalDate.of(2021, 8, 31),
                        "太原市人民政府办公室", 1)),
                Arguments.of("""
                        # 大 同 市 人 民 政 府 公 报
                        二〇二一年第四期（总第三十期）
                        出版日期 2021-08-31
                        编辑出版单位 大同市人民政府办公室
                        """, new IssueRecord("大同市人民政府公报", "大同市", 2021, "4", "30", LocalDate.of(2021, 8, 31),
                        "大同市人民政府办公室", 1)),
                Arguments.of("""
                        运城市人民政府公报
                        第 4 期
                        2021年
                        2021年8月31日出版
                        """, new IssueRecord("运城市人民政府公报", "运城市", 2021, "4", null, LocalDate.of(2021, 8, 31), null, 1)),
                Arguments.of("""
                        忻州政报
                        2022年 第3期
                        出版时间：2022.9.30
                        """, new IssueRecord("忻州政报", "忻州", 2022, "3", null, LocalDate.of(2022, 9, 30), null, 1)));
    }

    @ParameterizedTest
    @MethodSource("mastheads")
    void mastheadPrintedInAnotherLayout_givesItsFields(String masthead, IssueRecord expected) {
        RecordingSink sink = RecordingSink.parse("masthead.txt", masthead + """

                大同市人民政府关于某事项的通知

                同政发〔2021〕30号

                各县（区）人民政府：
                """);

        assertThat(sink.issues).singleElement().isEqualTo(expected);
    }

    @Test
    void tocEntriesWithNumberLinesButNoPages_areNotDocuments() {
        RecordingSink sink = RecordingSink.parse("toc.txt", """
                目  录

                大同市人民政府关于印发大同市城市管理办法的通知
                同政发﹝2021﹞7号

                中共大同市委、大同市人民政府关于加快推进乡村振兴的实施意见
                同发〔2021〕1号

                大同市人民政府关于印发大同市城市管理办法的通知

                同政发﹝2021﹞7号

                各县（区）人民政府：

                现印发给你们。阳高县要落实。

                大同市人民政府
                2021年5月6日

                中共大同市委、大同市人民政府关于加快推进乡村振兴的实施意见

                同发〔2021〕1号

                各县（区）党委和人民政府：

                天镇县要落实。

                中共大同市委      大同市人民政府
                2021年6月1日
                """);

        assertThat(sink.documents).extracting(DocumentRecord::startLine, d -> d.docNumber().canonical(),
                        DocumentRecord::issuers, DocumentRecord::title, DocumentRecord::date)
                .containsExactly(
                        tuple(9, "同政发〔2021〕7号", List.of("大同市人民政府"), "关于印发大同市城市管理办法的通知",
                                LocalDate.of(2021, 5, 6)),
                        tuple(20, "同发〔2021〕1号", List.of("中共大同市委", "大同市人民政府"), "关于加快推进乡村振兴的实施意见",
                                LocalDate.of(2021, 6, 1)));
        assertThat(sink.tocEntries).extracting(e -> e.docNumber().canonical())
                .containsExactly("同政发〔2021〕7号", "同发〔2021〕1号");
        assertThat(sink.announced).extracting(DocumentRecord::startLine).containsExactly(9, 20);
    }

    static Stream<Arguments> kindsOfDocument() {
        return Stream.of(
                Arguments.of("关于表彰2020年度先进集体的通报", "通报"),
                Arguments.of("关于2020年度全市国民经济和社会发展计划执行情况的报告", "报告"),
                Arguments.of("关于调整部分社区管辖范围的决定", "决定"),
                Arguments.of("关于同意设立沙坪街道的函", "函"),
                Arguments.of("关于同意设立沙坪街道的批复", "批复"),
                Arguments.of("关于加快推进乡村振兴的实施意见", "实施意见"),
                Arguments.of("关于加强耕地保护的意见", "意见"),
                Arguments.of("关于禁止燃放烟花爆竹的通告", "通告"),
                Arguments.of("城市生活垃圾分类管理办法", "办法"),
                Arguments.of("城市生活垃圾分类管理规定（试行）", "规定"),
                Arguments.of("关于市政协十四届五次会议第12号提案的答复", "答复"),
                Arguments.of("吕梁市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", "纲要"),
                Arguments.of("吕梁市2021年政务公开工作要点", "要点"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("kindsOfDocument")
    void titleEndingInAKindOfDocument_givesThatKind(String title, String kind) {
        RecordingSink sink = RecordingSink.parse("kind.txt", "吕梁市人民政府\n" + title + "\n\n吕政发〔2021〕2号\n\n正文。\n");

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo(title);
            assertThat(d.kind()).isEqualTo(kind);
            assertThat(d.issuers()).containsExactly("吕梁市人民政府");
        });
    }

    // ---------------------------------------------------------------- text that is not a gazette

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "关于我们\n\n本项目于2020年3月18日启动，旨在整理政府公报。\n\n项目组\n2021年5月6日\n\n如有问题请联系我们。\n",
            "# gazette-kg\n\n## 关于本项目的说明\n\nReads gazettes. 2020年第2期 was the first.\n\n长治市人民政府办公室\n\n"
                    + "- 长政办发〔2020〕10号 is an example number.\n",
            "序号\t单位\t文号\t日期\n1\t长治市人民政府\t长政发〔2020〕1号\t2020年1月1日\n"
                    + "| 1 | 关于印发某方案的通知 | 长政发〔2020〕3号 |\n| 2 | 关于某事的通知 |\n| 长政发〔2020〕4号 |\n"})
    void textThatIsNotAGazette_givesNoDocument(String text) {
        RecordingSink sink = RecordingSink.parse("other.txt", text);

        assertThat(sink.documents).isEmpty();
        assertThat(sink.calls).endsWith("end");
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> corpusLines(String stem) throws IOException {
        return Files.readAllLines(CORPUS.resolve(stem + ".txt"));
    }

    /** The lines holding each golden document's 文号, found by parsing the original file. */
    private static List<Integer> numberLines(String stem) throws IOException {
        SourceText source = SourceText.read(CORPUS.resolve(stem + ".txt"));
        return DocumentLocator.locate(source, MetadataBlock.read(source)).stream().map(DocumentLocator.Located::numberLine).toList();
    }

    private static String brackets(String line, String open, String close) {
        return line.replace("〔", open).replace("〕", close).replace("[", open).replace("]", close);
    }

    private static String fullWidthDigits(String text) {
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : (char) c));
        return b.toString();
    }

    /** Full-width digits inside each 〔year〕serial号 of a line, the rest untouched. */
    private static String fullWidthDigitsInNumbers(String line) {
        return java.util.regex.Pattern.compile("〔\\d{4}〕\\s*\\d{1,5}\\s*号").matcher(line)
                .replaceAll(m -> fullWidthDigits(m.group()));
    }

    private static List<String> citedNumbers(RecordingSink sink) {
        return sink.documents.stream().flatMap(d -> d.citations().stream())
                .map(Citation::number).filter(n -> n != null && n.contains("〔")).toList();
    }

    private static List<String> golden(String name) throws IOException {
        try (InputStream in = GazetteParserVariantTest.class.getResourceAsStream("/parse/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
