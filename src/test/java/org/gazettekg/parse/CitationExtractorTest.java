package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.gazettekg.parse.Citation.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CitationExtractorTest {

    private static final String SNIPPETS = "/citations/";
    private static final String BODY_SEPARATOR = "---";

    private final CitationExtractor extractor = new CitationExtractor();

    // ---- corpus snippets against golden files --------------------------------------------

    /** A corpus excerpt: header lines (# title:, # own:), a --- line, then the text. */
    record Snippet(String name, String title, DocNumber own, List<String> lines) {

        static Snippet load(String name) {
            List<String> all = resource(name + ".txt").lines().toList();
            int separator = all.indexOf(BODY_SEPARATOR);
            List<String> header = all.subList(0, separator);
            return new Snippet(name, headerValue(header, "title"),
                    DocNumber.parse(headerValue(header, "own") == null ? "" : headerValue(header, "own")).orElse(null),
                    all.subList(separator + 1, all.size()));
        }

        private static String headerValue(List<String> header, String key) {
            String prefix = "# " + key + ":";
            return header.stream().filter(h -> h.startsWith(prefix)).map(h -> h.substring(prefix.length()).strip())
                    .filter(v -> !v.isEmpty()).findFirst().orElse(null);
        }

        SourceText source() {
            return SourceText.of(name + ".txt", lines);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<String> snippets() {
        return Stream.of("changzhi-credit-notice", "changzhi-poverty-assets", "changzhi-blue-sky", "shuozhou-guarantee",
                "shuozhou-three-measures", "shuozhou-non-documents", "shuozhou-licence-table", "shuozhou-toc",
                "changzhi2024-aliases", "changzhi2024-order-number", "changzhi2020-03-repeal",
                "changzhi2020-03-alias-in-bracket", "jincheng-star-village");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void corpusSnippet_givesTheGoldenCitations(String name) {
        Snippet snippet = Snippet.load(name);

        List<Citation> found = extractor.extract(snippet.source(), 1, snippet.lines().size(), snippet.title(),
                snippet.own());

        assertThat(found.stream().map(CitationExtractorTest::row).toList())
                .containsExactlyElementsOf(expectedRows(name));
    }

    /** One citation as a row of the golden file: line, number, title, issuer, relation ("" for null). */
    static String row(Citation c) {
        return String.join("\t", String.valueOf(c.line()), orEmpty(c.number()), orEmpty(c.title()),
                orEmpty(c.issuer()), c.relation().name());
    }

    private static List<String> expectedRows(String name) {
        return resource(name + ".expected.tsv").lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String resource(String name) {
        try (InputStream in = CitationExtractorTest.class.getResourceAsStream(SNIPPETS + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + SNIPPETS + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- single traps ---------------------------------------------------------------------

    private List<Citation> extract(String title, String own, String... lines) {
        SourceText source = SourceText.of("test.txt", Arrays.asList(lines));
        return extractor.extract(source, 1, lines.length, title, own == null ? null : DocNumber.parse(own).orElseThrow());
    }

    @Test
    void ownHeadingPrintedInBookTitleMarks_isNoCitation_butATitleCitedInTheBodyIs() {
        // beijing-2016-zhengwu l.3 and l.17: the page prints the heading between 《》 on a line of its own
        List<Citation> found = extract("关于印发〈北京市2016年政务公开工作要点〉的通知", "京政办发〔2016〕26号",
                "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》",
                "京政办发〔2016〕26号",
                "深入贯彻《国务院办公厅关于印发2016年政务公开工作要点的通知》(国办发〔2016〕19号)精神。");

        assertThat(found).extracting(Citation::number).containsExactly("国办发〔2016〕19号");
    }

    @Test
    void countyBracketWithoutYear_isNoNumber() {
        assertThat(extract(null, null, "各县〔市、区〕人民政府要按照要求落实，各县〔市〕政府负责。")).isEmpty();
    }

    @Test
    void twoBareNumbersInOneSentence_giveTwoCitationsWithoutTheIssuerWords() {
        List<Citation> found = extract(null, null, "按照省政府晋政发〔2018〕46号、市政府朔政发〔2009〕65号文件要求，市级财政出资。");

        assertThat(found).extracting(Citation::number, Citation::title, Citation::relation).containsExactly(
                tuple("晋政发〔2018〕46号", null, Relation.BASED_ON),
                tuple("朔政发〔2009〕65号", null, Relation.BASED_ON));
    }

    @Test
    void numberWithAsciiBracketsAndSpaces_isCanonical() {
        List<Citation> found = extract(null, null, "执行《山西省某某管理办法》(晋政办发 [2019] 30 号)。");

        assertThat(found).extracting(Citation::number).containsExactly("晋政办发〔2019〕30号");
    }

    @Test
    void editionAfterTitle_isNotANumber() {
        List<Citation> found = extract(null, null, "落实《产业结构调整指导目录》(2019年本)。");

        assertThat(found).extracting(Citation::number, Citation::title)
                .containsExactly(tuple(null, "产业结构调整指导目录"));
    }

    @Test
    void standardNumbers_areKeptAsPrinted() {
        List<Citation> found = extract(null, null,
                "达到《环境空气质量标准》(GB 3095-2012)和《环境空气质量指数(AQI)技术规定(试行)》(HJ633-2012)，执行GB/T 9704-2012。");

        assertThat(found).extracting(Citation::number)
                .containsExactly("GB 3095-2012", "HJ633-2012", "GB/T 9704-2012");
    }

    @Test
    void bareOrderNumber_keepsItsIssuerAndDropsTheVerb() {
        List<Citation> found = extract(null, null, "根据国务院令第713号规定，制定本办法。");

        assertThat(found).extracting(Citation::number, Citation::relation)
                .containsExactly(tuple("国务院令第713号", Relation.BASED_ON));
    }

    @Test
    void bareOrderNumberWithItsYear_isReadWhole() {
        List<Citation> found = extract(null, null, "根据交通运输部令2019年第29号规定，制定本办法。");

        assertThat(found).extracting(Citation::number, Citation::relation)
                .containsExactly(tuple("交通运输部令2019年第29号", Relation.BASED_ON));
    }

    @Test
    void orderNumberAfterATitle_withItsYearInBrackets_isAnOrderNotADocNumber() {
        List<Citation> found = extract(null, null, "贯彻落实《危险货物道路运输安全管理办法》（交通运输部令〔2019〕第29号），监督企业。");

        assertThat(found).extracting(Citation::number, Citation::title)
                .containsExactly(tuple("交通运输部令〔2019〕第29号", "危险货物道路运输安全管理办法"));
    }

    @Test
    void jointOrderNumberAfterATitle_keepsEveryBodyJoinedBy顿号() {
        List<Citation> found = extract(null, null,
                "按照《税收违法违纪行为处分规定》(监察部 人力资源社会保障部 国家税务总局令第26号)给予行政处分。");

        assertThat(found).extracting(Citation::number, Citation::title)
                .containsExactly(tuple("监察部、人力资源社会保障部、国家税务总局令第26号", "税收违法违纪行为处分规定"));
    }

    @Test
    void bareJointOrderNumber_keepsEveryBodyFromTheLead() {
        List<Citation> found = extract(null, null, "按照监察部、人力资源社会保障部、国家税务总局令第26号给予处分。");

        assertThat(found).extracting(Citation::number)
                .containsExactly("监察部、人力资源社会保障部、国家税务总局令第26号");
    }

    @Test
    void wordPrintedBeforeAnOrderInItsBracket_isNoJointBody() {
        // made up: 试行 ends as no body's name, so it is not read as a body of a joint order
        List<Citation> found = extract(null, null, "落实《某某管理办法》(试行 交通运输部令2019年第29号)要求。");

        assertThat(found).extracting(Citation::number).doesNotContain("试行、交通运输部令2019年第29号");
    }

    @Test
    void wordsWith令InRunningText_areNoOrder() {
        List<Citation> found = extract(null, null, "责令限期改正；使用国家明令淘汰的设备的，依法处理。");

        assertThat(found).isEmpty();
    }

    @Test
    void titleBrokenAcrossBlankLine_isJoinedAndDatedByItsFirstLine() {
        List<Citation> found = extract(null, null, "县级农经部门按照《山西省推", "", "进农村集体产权制度改革实施方案》有关要求，指导乡村。");

        assertThat(found).extracting(Citation::line, Citation::title)
                .containsExactly(tuple(1, "山西省推进农村集体产权制度改革实施方案"));
    }

    @Test
    void numberBrokenAcrossBlankLine_isJoined() {
        List<Citation> found = extract(null, null, "根据《山西省人民政府办公厅关于建立山西省应急救援指挥体系的通知》（晋政办发", "",
                "〔2019〕53号），经市人民政府同意。");

        assertThat(found).extracting(Citation::number).containsExactly("晋政办发〔2019〕53号");
    }

    @Test
    void ownNumberUnderTheHeading_isNotCitedEvenWhenUnknown() {
        List<Citation> found = extract(null, null, "长治市人民政府办公室 关于印发某某方案的通知", "", "长政办发〔2020〕10 号", "",
                "各县、区人民政府：");

        assertThat(found).isEmpty();
    }

    @Test
    void ownNumberInTheText_isNotCited() {
        List<Citation> found = extract("关于某某的通知", "朔政发〔2019〕51号", "本通知（朔政发〔2019〕51号）自印发之日起施行。");

        assertThat(found).isEmpty();
    }

    @Test
    void coveringNoticeNamingItsEnclosure_isNoCitation() {
        List<Citation> found = extract("关于印发长治市推进职业技能提升培训实施方案的通知", null,
                "《长治市推进职业技能提升培训实施方案》已经市人民政府同意，现印发给你们。");

        assertThat(found).isEmpty();
    }

    @Test
    void enclosureThatImplementsAnotherPlan_stillCitesThatPlan() {
        List<Citation> found = extract("关于印发贯彻落实山西省2020年预防道路交通事故“减量控大”实施方案任务分解的通知", null,
                "《贯彻落实山西省2020年预防道路交通事故“减量控大”实施方案任务分解》已经市政府同意，现印发给你们。",
                "为落实《山西省2020年预防道路交通事故“减量控大”实施方案》，制定本任务分解。");

        assertThat(found).extracting(Citation::line, Citation::title)
                .containsExactly(tuple(2, "山西省2020年预防道路交通事故“减量控大”实施方案"));
    }

    @Test
    void draftEnclosedWithALetterAskingForComments_isNoCitation() {
        List<Citation> found = extract("关于征求《市长履行经济责任风险防控办法(征求意见稿)》修改意见的函", null,
                "现将《市长履行经济责任风险防控办法(征求意见稿)》印发给你们，请提出修改意见。");

        assertThat(found).isEmpty();
    }

    @Test
    void forwardedDocument_isCitedNotOwn() {
        List<Citation> found = extract("关于转发山西省人民政府办公厅关于做好就业工作的通知的通知", null,
                "现将《山西省人民政府办公厅关于做好就业工作的通知》转发给你们，请认真贯彻执行。");

        assertThat(found).extracting(Citation::title).containsExactly("山西省人民政府办公厅关于做好就业工作的通知");
    }

    @Test
    void formerVersionWithItsOwnNumber_isCitedAsRepealedEvenIfTheTitleMatchesTheEnclosure() {
        List<Citation> found = extract("关于印发市新型研发机构认定和管理办法的通知", null,
                "本办法自2024年6月1日起施行，原《市新型研发机构认定和管理办法》(长科发[2022]11号)自本办法发布之日起废止。");

        assertThat(found).extracting(Citation::number, Citation::relation)
                .containsExactly(tuple("长科发〔2022〕11号", Relation.REPEALS));
    }

    @Test
    void amendingClause_givesAmends() {
        List<Citation> found = extract(null, null, "市司法局负责修订《长治市停车管理办法》。");

        assertThat(found).extracting(Citation::relation).containsExactly(Relation.AMENDS);
    }

    @Test
    void issuerPrintedBeforeTheTitle_isKeptWithoutTheVerb() {
        List<Citation> found = extract(null, null,
                "根据省民政厅、财政厅《关于调整城乡低保保障标准指导意见的通知》(晋民发〔2020〕7号)精神，现公布如下。",
                "你局《关于某某规划批复的请示》收悉。");

        assertThat(found).extracting(Citation::issuer).containsExactly("省民政厅、财政厅", null);
    }

    @Test
    void scopeWordBeforeARunOfTitles_isKeptForEachTitleOfTheRun() {
        // jincheng-2019-docs.txt (第九条 人才智力支持), the sentence cut after the titles
        List<Citation> found = extract(null, null,
                "用足用活用好我市《关于深化户籍制度改革助力高质量转型发展的实施办法(试行)》《关于激励高层次人才助力高质量转型发展若干意见(试行)》等政策。");

        assertThat(found).extracting(Citation::issuer).containsExactly("我市", "我市");
    }

    @Test
    void congressThatAdoptedTheTitle_isKeptAsItsPlaceWord() {
        // nanjing-2023-docs.txt l.41 (../shared/outside/corpus), cut after the title's clause
        List<Citation> found = extract(null, null,
                "市第十七届人大五次会议审议通过的《政府工作报告》,明确了2026年全市经济社会发展的主要目标。");

        assertThat(found).extracting(Citation::issuer).containsExactly("市");
    }

    @Test
    void congressSaidToHaveAdoptedTheTitleAfterIt_isKeptAsItsPlaceWord() {
        // changzhi-2020-03.txt (长治市人民政府办公室关于2020年《政府工作报告》重点工作责任分工的通知)
        List<Citation> found = extract(null, null,
                "2020年《政府工作报告》已经市十四届人大五次会议审议通过。我们对《政府工作报告》中的96项重点工作进行了责任分解。");

        assertThat(found).extracting(Citation::issuer).containsExactly("市", null);
    }

    @Test
    void barePlaceWordOrStateInForce_isKept() {
        // jiayu-2021-fengong.txt l.13 (src/test/resources/outside/corpus); changzhi-2024-03.txt (国家现行的《产业结构调整指导目录》)
        List<Citation> found = extract(null, null,
                "现将县第十八届人民代表大会第五次会议审议通过的县《政府工作报告》确定的重点工作分解如下。",
                "企业产品、工艺技术装备和生产规模符合国家现行的《产业结构调整指导目录》和有关产业政策要求。");

        assertThat(found).extracting(Citation::issuer).containsExactly("县", "国家");
    }

    @Test
    void titleRepeatedWithoutTheNumberItWasCitedWith_isThatCitationAgain_notAnother() {
        // tianjin-2020-jinnan.txt l.7-9 (src/test/resources/outside/corpus)
        List<Citation> found = extract(null, null,
                "《津南区人民政府 河西区人民政府关于变更两区部分行政区域界线的请示》(津南政报〔2020〕26号)收悉。经研究,现批复如下:",
                "一、同意变更津南区、河西区部分行政区域界线。变更行政区域界线工作要严格按照《津南区人民政府 河西区人民政府关于变更两区部分"
                        + "行政区域界线的请示》中的变更方案组织实施。");

        assertThat(found).extracting(Citation::number).containsExactly("津南政报〔2020〕26号");
    }

    @Test
    void bodyBeforeATitle_isNotCarriedOverAConjunction() {
        // changzhi-2020-03.txt l.2129: 及 joins a title of another issuer (危险货物道路运输安全管理办法 is a ministries' order)
        List<Citation> found = extract(null, null,
                "87. 贯彻落实中办、国办《关于全面加强危险化学品安全生产工作的意见》及《危险货物道路运输安全管理办法》，监督企业。");

        assertThat(found).extracting(Citation::issuer).containsExactly("中办、国办", null);
    }

    @Test
    void aliasDeclaredAndRepeated_isNoCitation() {
        List<Citation> found = extract(null, null,
                "《长治市现代水网建设规划(2021—2035年)》(以下简称《水网规划》)。《水网规划》是今后一个时期的依据。");

        assertThat(found).extracting(Citation::title).containsExactly("长治市现代水网建设规划(2021—2035年)");
    }

    @Test
    void certificatesFormsAndWorkingLists_areNoCitations() {
        List<Citation> found = extract(null, null,
                "颁发《朔州市医疗卫生事业发展顾问聘书》，填写《更正（调库）通知书》，生成《征缴明细数据汇总表》，"
                        + "编制本部门《行政执法事项清单》，依据《山西省县级政府部门行政职权事项标准清单(2018年版)》。");

        assertThat(found).extracting(Citation::title)
                .containsExactly("山西省县级政府部门行政职权事项标准清单(2018年版)");
    }

    @Test
    void titleThatPrintsAnotherInTheSameBrackets_isCitedWholeWithTheNumberAfterIt() {
        List<Citation> found = extract(null, null,
                "根据《国务院关于修改《全国年节及纪念日放假办法》的决定》（国务院令第644号），现将2014年元旦放假安排通知如下。");

        assertThat(found).extracting(Citation::number, Citation::title, Citation::relation).containsExactly(
                tuple("国务院令第644号", "国务院关于修改《全国年节及纪念日放假办法》的决定", Relation.BASED_ON));
    }

    @Test
    void coveringNoticeWithItsEnclosureInAngleBrackets_isCitedWholeWithItsNumber() {
        // shuozhou-2019-docs
        List<Citation> found = extract(null, null,
                "按照《中共山西省委山西省人民政府关于印发〈加强耕地保护和改进占补平衡工作实施方案〉的通知》（晋发〔2017〕43号）要求。");

        assertThat(found).extracting(Citation::number, Citation::title).containsExactly(
                tuple("晋发〔2017〕43号", "中共山西省委山西省人民政府关于印发〈加强耕地保护和改进占补平衡工作实施方案〉的通知"));
    }

    @Test
    void cueWordsInsideANestedTitle_stateNoRelation() {
        List<Citation> found = extract(null, null,
                "根据《全国人民代表大会宪法和法律委员会关于《中华人民共和国行政处罚法（修订草案）》修改情况的汇报》，完善本办法。",
                "参阅《全国人民代表大会宪法和法律委员会关于《中华人民共和国行政处罚法（修订草案）》修改情况的汇报》。");

        assertThat(found).extracting(Citation::relation).containsExactly(Relation.BASED_ON, Relation.CITES);
    }

    @Test
    void unclosedTitleAroundAClosedOne_leavesTheInnerTitleCited() {
        List<Citation> found = extract(null, null, "按照《山西省某某办法 的要求，落实《山西省税收保障办法》规定。", "");

        assertThat(found).extracting(Citation::title).containsExactly("山西省税收保障办法");
    }

    @Test
    void localCodeEndingWithANationalOne_isKeptWhole() {
        List<Citation> found = extract(null, null, "按照海发改办〔2021〕12号文件要求，做好价格监测。",
                "国家发展改革委发改办价格〔2021〕5号通知要求。");

        assertThat(found).extracting(Citation::number).containsExactly("海发改办〔2021〕12号", "发改办价格〔2021〕5号");
    }

    @Test
    void numberAfterAPointerWord_losesThePointer() {
        List<Citation> found = extract(null, null, "补助标准详见晋政办发〔2019〕30号，申报程序参见海发改办〔2021〕12号，另见附件。");

        assertThat(found).extracting(Citation::number).containsExactly("晋政办发〔2019〕30号", "海发改办〔2021〕12号");
    }

    // ---- deliberately broken input --------------------------------------------------------

    @Test
    void unclosedTitleBracket_doesNotSwallowTheNextTitle() {
        List<Citation> found = extract(null, null, "按照《山西省某某办法 的要求，", "落实《山西省税收保障办法》规定。");

        assertThat(found).extracting(Citation::title).containsExactly("山西省税收保障办法");
    }

    @Test
    void emptyAndBlankRanges_giveNothing() {
        SourceText source = SourceText.of("test.txt", List.of("正文", "", "   "));

        assertThat(extractor.extract(source, 2, 3, null, null)).isEmpty();
    }

    @Test
    void rangeRunningPastTheEndOfTheFile_isCutAtTheLastLine() {
        SourceText source = SourceText.of("test.txt", List.of("依据《中华人民共和国档案法》执行。"));

        assertThat(extractor.extract(source, 1, 40, null, null)).extracting(Citation::title)
                .containsExactly("中华人民共和国档案法");
    }

    @Test
    void bracketedFormulaAndEmptyTitle_areNoCitations() {
        assertThat(extract(null, null, "按〔3%-上年度代偿率〕计算，《》不是标题。")).isEmpty();
    }

    // ---- the number attached to a title ----------------------------------------------------

    @Test
    void numberInBracketsAfterATitle_isPrintedWithItsClosingBracket() {
        List<Citation> found = extract(null, null, "执行《山西省某某管理办法》 (晋政办发 [2019] 30 号 )。");

        assertThat(found).extracting(Citation::number, Citation::printed)
                .containsExactly(tuple("晋政办发〔2019〕30号", "《山西省某某管理办法》 (晋政办发 [2019] 30 号 )"));
    }

    @Test
    void numberAfterUpToFourWords_isAttachedToTheTitle() {
        List<Citation> found = extract(null, null, "落实《山西省某某管理办法》有关规定（晋政发〔2018〕46号）要求。");

        assertThat(found).extracting(Citation::number, Citation::title)
                .containsExactly(tuple("晋政发〔2018〕46号", "山西省某某管理办法"));
    }

    @Test
    void numberAfterFiveWords_isReadOnItsOwn() {
        List<Citation> found = extract(null, null, "落实《山西省某某管理办法》的有关规定（晋政发〔2018〕46号）要求。");

        assertThat(found).extracting(Citation::number, Citation::title).containsExactly(
                tuple(null, "山西省某某管理办法"), tuple("晋政发〔2018〕46号", null));
    }

    @Test
    void damagedNumberInBracketsAfterATitle_isKeptAsPrinted() {
        List<Citation> found = extract(null, null, "按照《关于加快推进某某工作的意见》（国办发〔〕33号）执行。");

        assertThat(found).extracting(Citation::number, Citation::printed)
                .containsExactly(tuple("国办发〔〕33号", "《关于加快推进某某工作的意见》（国办发〔〕33号）"));
    }

    @Test
    void titleEnclosedInTheDocumentCitedBeforeIt_hasThatDocumentsIssuer() {
        // changzhi-2020-03.txt l.135, cut after the second title
        List<Citation> found = extract(null, null, "按照《长治市人民政府关于印发支持开发区建设的财政政策(试行)等七个促进开发区改革创新配套政策的通知》"
                + "(长政发〔2017〕104号)中的《关于加强长治高新技术产业开发区和长治经济技术开发区土地管理工作的政策措施》执行。");

        assertThat(found).extracting(Citation::number, Citation::issuer).containsExactly(
                tuple("长政发〔2017〕104号", null), tuple(null, "长治市人民政府"));
    }

    @Test
    void titleAfterAnotherWithoutEnclosingWords_doesNotTakeItsIssuer() {
        List<Citation> found = extract(null, null, "按照《长治市人民政府关于印发某某方案的通知》(长政发〔2017〕104号)和《关于加强某某工作的意见》执行。");

        assertThat(found).extracting(Citation::issuer).containsOnlyNulls();
    }

    @Test
    void numberWhoseSerialMarkIsPrintedAfterTheBracket_isReadWithIt() {
        // changzhi-2024-03.txt l.716
        List<Citation> found = extract(null, null,
                "你局《关于〈长治市现代水网建设规划(2021—2035年)〉批复的请示》(长水办〔2024〕78)号收悉。经研究,现批复如下:");

        assertThat(found).extracting(Citation::number).containsExactly("长水办〔2024〕78号");
    }

    @Test
    void textEndingRightAfterATitleOrItsNumber_stillGivesTheCitation() {
        assertThat(extract(null, null, "依据《中华人民共和国档案法》")).extracting(Citation::title)
                .containsExactly("中华人民共和国档案法");
        assertThat(extract(null, null, "落实《山西省某某管理办法》精神")).extracting(Citation::title)
                .containsExactly("山西省某某管理办法");
        assertThat(extract(null, null, "根据《山西省某某管理办法》（晋政发〔2018〕46号")).extracting(Citation::number)
                .containsExactly("晋政发〔2018〕46号");
        assertThat(extract(null, null, "根据《山西省某某管理办法》（国办发〔〕33")).extracting(Citation::title)
                .containsExactly("山西省某某管理办法");
    }

    @Test
    void numberPrintedInsideATitle_isNoCitationOfItsOwn() {
        List<Citation> found = extract(null, null, "按照《关于贯彻落实晋政发〔2018〕46号文件的实施意见》执行。");

        assertThat(found).extracting(Citation::number, Citation::title)
                .containsExactly(tuple(null, "关于贯彻落实晋政发〔2018〕46号文件的实施意见"));
    }

    @Test
    void genericAlias_isNoCitation() {
        assertThat(extract(null, null, "各地要按照《实施方案》要求，落实《山西省某某管理办法》。")).extracting(Citation::title)
                .containsExactly("山西省某某管理办法");
    }

    @Test
    void enclosureTitleOpeningWithAFormerVersionMark_isStillTheDocumentsOwn() {
        // 原平市 opens with 原, which before 《 would mark a former version
        assertThat(extract("关于印发原平市某某管理办法的通知", null, "《原平市某某管理办法》已经市人民政府同意，现印发给你们。"))
                .isEmpty();
    }

    // ---- the document's own enclosures -----------------------------------------------------

    @Test
    void enclosureHeadingWrappedOverTwoLines_isTheDocumentsOwn() {
        assertThat(extract(null, null, "附件", "长治市农村集体经济组织", "登记赋码实施方案",
                "为规范《长治市农村集体经济组织登记赋码实施方案》的实施，制定如下细则。")).isEmpty();
    }

    @Test
    void titleWithinTwoEditsOfAnEnclosureHeading_isTheDocumentsOwn() {
        assertThat(extract(null, null, "附件", "山西省农村人居环境整治三年行动实施方案",
                "各地要按照《山西省农村人居环境整治行动实施方案》要求，做好工作。")).isEmpty();
    }

    @Test
    void titleThreeEditsFromAnEnclosureHeading_isCited() {
        assertThat(extract(null, null, "附件", "山西省农村人居环境整治三年行动实施方案",
                "各地要按照《山西省城乡人居环境整治五年行动实施方案》要求，做好工作。")).extracting(Citation::title)
                .containsExactly("山西省城乡人居环境整治五年行动实施方案");
    }

    @Test
    void twelveCharacterTitleOneEditFromAnEnclosureHeading_isTheDocumentsOwn() {
        assertThat(extract(null, null, "附件", "朔州市农村公路养护管理办法",
                "各县区要按照《朔州市农村路养护管理办法》要求，做好养护。")).isEmpty();
    }

    @Test
    void editDistance_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(CitationOwnTexts.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(CitationOwnTexts.editDistance("", "abc")).isEqualTo(3);
        assertThat(CitationOwnTexts.editDistance("abc", "")).isEqualTo(3);
        assertThat(CitationOwnTexts.editDistance("abc", "abc")).isZero();
        assertThat(CitationOwnTexts.editDistance("ab", "ba")).isEqualTo(2);
        assertThat(CitationOwnTexts.editDistance("星级村划分与评价", "星级村星级划分与评价")).isEqualTo(2);
    }

    // ---- the joined text: contents lines and page furniture --------------------------------

    @Test
    void contentsLineAndTheTitleAboveIt_areNotRead() {
        List<Citation> found = extract(null, null, "山西省人民政府关于印发《山西省某某管理办法》的通知", "",
                "晋政发〔2019〕1号……………………3", "依据《中华人民共和国档案法》执行。");

        assertThat(found).extracting(Citation::line, Citation::title).containsExactly(tuple(4, "中华人民共和国档案法"));
    }

    @Test
    void titleThreeLinesAboveAContentsLine_isRead() {
        List<Citation> found = extract(null, null, "依据《山西省某某管理办法》", "", "",
                "晋政发〔2019〕1号……………………3");

        assertThat(found).extracting(Citation::line, Citation::title).containsExactly(tuple(1, "山西省某某管理办法"));
    }

    @Test
    void sentenceAboveAContentsLine_isRead() {
        List<Citation> found = extract(null, null, "依据《山西省某某管理办法》，制定本办法。",
                "晋政发〔2019〕1号……………………3");

        assertThat(found).extracting(Citation::line, Citation::title).containsExactly(tuple(1, "山西省某某管理办法"));
    }

    @Test
    void contentsLineFirst_isDroppedAlone() {
        List<Citation> found = extract(null, null, "晋政发〔2019〕1号……………………3", "依据《山西省某某管理办法》执行。");

        assertThat(found).extracting(Citation::line, Citation::title).containsExactly(tuple(2, "山西省某某管理办法"));
    }

    @Test
    void titleBrokenAroundWebPageFurniture_isJoinedAndDatedByItsFirstLine() {
        List<Citation> found = extract(null, null, "按照《山西省推进农村", "【打印】 【关闭】", "集体产权制度改革实施方案》要求，", "做好工作。");

        assertThat(found).extracting(Citation::line, Citation::title)
                .containsExactly(tuple(1, "山西省推进农村集体产权制度改革实施方案"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"— 2 —", "－12－", "- 103 -"})
    void titleBrokenAroundAPrintedPageNumber_isJoinedWithoutIt(String pageNumber) {
        List<Citation> found = extract(null, null, "按照《山西省推进农村", pageNumber, "集体产权制度改革实施方案》要求，", "做好工作。");

        assertThat(found).extracting(Citation::line, Citation::title)
                .containsExactly(tuple(1, "山西省推进农村集体产权制度改革实施方案"));
    }

    // ---- limits and boundaries (mutation testing, docs/mutation.md) ------------------------

    @Test
    void titleOfTheLongestLengthAccepted_isCitedAndOneLonger_isNot() {
        String longest = "山西省".repeat(49) + "办法";
        String tooLong = longest + "法";

        assertThat(longest).hasSize(CitationContext.MAX_TITLE_LENGTH - 1);
        assertThat(extract(null, null, "依据《" + longest + "》执行。")).extracting(Citation::title).containsExactly(longest);
        assertThat(extract(null, null, "依据《" + tooLong + "》执行。")).isEmpty();
    }

    @Test
    void issuerOfThirtyCharactersAfterTheVerb_isKeptWholeWithoutTheVerb() {
        String issuers = "省发展改革委、省财政厅、省人力资源和社会保障厅、省自然资源厅";

        assertThat(issuers).hasSize(CitationContext.MAX_ISSUER_LENGTH);
        assertThat(extract(null, null, "按照" + issuers + "《关于做好某某工作的通知》要求。"))
                .extracting(Citation::issuer).containsExactly(issuers);
    }

    @Test
    void twoCharacterWordEndingLikeABody_isNoIssuer() {
        // 内部 ends with 部 as 财政部 does; a body's name is longer than two characters
        assertThat(extract(null, null, "严格执行内部《会计管理制度》。")).extracting(Citation::title, Citation::issuer)
                .containsExactly(tuple("会计管理制度", null));
    }

    @Test
    void fullStopEndsTheClause_soACueOfTheSentenceBeforeOrAfterStatesNothing() {
        assertThat(extract(null, null, "《山西省某某暂行办法》同时废止。参阅《山西省某某管理办法》。"))
                .extracting(Citation::relation).containsExactly(Relation.REPEALS, Relation.CITES);
        assertThat(extract(null, null, "本办法依据《中华人民共和国档案法》制定。2015年印发的办法同时废止。"))
                .extracting(Citation::relation).containsExactly(Relation.BASED_ON);
    }

    @Test
    void enclosureTitleWithANumberOtherThanTheDocumentsOwn_isCited() {
        assertThat(extract("关于印发市新型研发机构认定和管理办法的通知", "长科发〔2024〕5号",
                "《市新型研发机构认定和管理办法》(长科发〔2022〕11号)自本办法发布之日起废止。"))
                .extracting(Citation::number).containsExactly("长科发〔2022〕11号");
        assertThat(extract("关于印发市新型研发机构认定和管理办法的通知", "长科发〔2024〕5号",
                "《市新型研发机构认定和管理办法》(长科发〔2024〕5号)自发布之日起施行。")).isEmpty();
    }

    @Test
    void formerVersionMarkWithoutANumber_makesTheEnclosureTitleACitation() {
        assertThat(extract("关于印发市新型研发机构认定和管理办法的通知", null,
                "本办法自2024年6月1日起施行，原《市新型研发机构认定和管理办法》同时废止。", "旧《市新型研发机构认定和管理办法》不再执行。"))
                .extracting(Citation::line, Citation::relation)
                .containsExactly(tuple(1, Relation.REPEALS), tuple(2, Relation.CITES));
    }

    @Test
    void enclosureTitleOpeningWithAFormerVersionMarkAfterOtherWords_isStillTheDocumentsOwn() {
        assertThat(extract("关于印发原平市某某管理办法的通知", null, "现将《原平市某某管理办法》印发给你们，请认真贯彻执行。"))
                .isEmpty();
    }

    @Test
    void bodyBeforeARunOfTitles_isKeptPastATitleThatIsNoCitation() {
        assertThat(extract(null, null, "严格执行国家《建设工程消防设计审查验收备案表》《建设工程消防设计审查验收管理暂行规定》。"))
                .extracting(Citation::title, Citation::issuer)
                .containsExactly(tuple("建设工程消防设计审查验收管理暂行规定", "国家"));
    }

    @Test
    void numbersPrintedRightBeforeAndAfterATitle_areCitedOnTheirOwn() {
        // a table row whose cells the conversion joined: 文号, title, 文号 with nothing between them
        List<Citation> found = extract(null, null, "1 晋政发〔2018〕46号《山西省某某管理办法》晋政办发〔2019〕30号 继续有效");

        assertThat(found).extracting(Citation::number, Citation::title).containsExactly(
                tuple("晋政发〔2018〕46号", null), tuple(null, "山西省某某管理办法"), tuple("晋政办发〔2019〕30号", null));
    }

    @Test
    void damagedNumberClosingTheText_isKeptAsPrinted() {
        assertThat(extract(null, null, "根据《关于加快推进某某工作的意见》（国办发〔〕33号）")).extracting(Citation::number)
                .containsExactly("国办发〔〕33号");
    }

    @Test
    void numberWhoseSerialMarkIsPrintedAfterTheBracket_isPrintedWithIt() {
        // changzhi-2024-03.txt l.716
        assertThat(extract(null, null, "你局《关于某某规划批复的请示》(长水办〔2024〕78)号收悉。"))
                .extracting(Citation::printed).containsExactly("《关于某某规划批复的请示》(长水办〔2024〕78)号");
    }

    @Test
    void textEndingWithAYearBracket_givesNoNumber() {
        assertThat(extract(null, null, "按照晋政发〔")).isEmpty();
        assertThat(extract(null, null, "按照晋政发〔 ")).isEmpty();
    }

    @Test
    void enclosureHeadingPrintedAfterItsLabel_isTheDocumentsOwn() {
        // a 函 sending a draft: 附件:市长履行经济责任风险防控办法(征求意见稿) (jincheng corpus)
        assertThat(extract(null, null, "请对《市长履行经济责任风险防控办法(征求意见稿)》提出修改意见。",
                "附件:市长履行经济责任风险防控办法(征求意见稿)")).isEmpty();
    }

    @Test
    void enclosureHeadingsOfFourAndOfNinetyCharacters_areTheDocumentsOwn() {
        String ninety = "山西省".repeat(28) + "实施方案细则";

        assertThat(ninety).hasSize(90);
        assertThat(extract(null, null, "附件", "村规民约", "各村要遵守《村规民约》。")).isEmpty();
        assertThat(extract(null, null, "附件", ninety, "各地要按照《" + ninety + "》要求。")).isEmpty();
        assertThat(extract(null, null, "附件", ninety + "法", "各地要按照《" + ninety + "法》要求。"))
                .extracting(Citation::title).containsExactly(ninety + "法");
    }

    @Test
    void listedLawsEndingWithSentencePunctuation_areNoEnclosureHeadings() {
        List<Citation> found = extract(null, null, "依据下列法律法规：", "中华人民共和国安全生产法；", "中华人民共和国突发事件应对法。",
                "各地要落实《中华人民共和国安全生产法》和《中华人民共和国突发事件应对法》规定。");

        assertThat(found).extracting(Citation::title).containsExactly("中华人民共和国安全生产法", "中华人民共和国突发事件应对法");
    }
}
