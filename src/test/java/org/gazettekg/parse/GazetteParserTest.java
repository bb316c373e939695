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
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteParserTest {

    private static final Path CORPUS = Path.of("corpus");

    // ---------------------------------------------------------------- headings, 文号, issuers, kinds, dates

    static Stream<Arguments> headingLayouts() {
        return Stream.of(
                Arguments.of("issuer and title on one line, wrap spaces, ASCII brackets, signs at the end", """
                        上一件的最后一句。

                        长治市人民政府 关于上党区、屯留区、潞城区、壶关县、沁源县 调整部分乡镇行政区划的通告

                        长政通字[2020]2号

                        根据省政府《关于同意长治市调整部分乡镇行政区划的批复》(晋政函〔2019〕123号),现将调整通告如下:

                        一、上党区撤销韩店镇,设立韩店街道。

                        长治市人民政府

                        2020年3月10日
                        """, 3, "长政通字〔2020〕2号", List.of("长治市人民政府"),
                        "关于上党区、屯留区、潞城区、壶关县、沁源县调整部分乡镇行政区划的通告", "通告", "2020-03-10"),
                Arguments.of("issuer on its own line, title two lines later, signature above the date", """
                        朔州市人民政府

                        关于落实和承接省政府取消下放一批 行政许可事项的通知

                        朔政发〔2019〕51号

                        各县（市、区）人民政府，朔州经济开发区管委会，
                        市直各有关单位：

                        为贯彻落实精神，进一步深化行政审批制度改革。

                        - 附件：1. 市政府决定取消的行政许可事项目录（共2项）
                        2. 市政府承接省政府下放管理层级的行政许可事项目录（共2项）

                        朔州市人民政府
                        2019年12月9日

                        附件1

                        市政府决定取消的行政许可事项目录（共2项）
                        """, 1, "朔政发〔2019〕51号", List.of("朔州市人民政府"),
                        "关于落实和承接省政府取消下放一批行政许可事项的通知", "通知", "2019-12-09"),
                Arguments.of("Markdown heading marks of two depths on issuer and title", """
                        # 长治市人民政府

                        ## 关于印发长治市承接省政府授权和委托用地 审批权实施方案的通知

                        长政发〔2024〕6号

                        各县人民政府,市直各有关单位:

                        现印发给你们,请认真贯彻执行。

                        长治市人民政府

                        2024年6月6日
                        """, 1, "长政发〔2024〕6号", List.of("长治市人民政府"),
                        "关于印发长治市承接省政府授权和委托用地审批权实施方案的通知", "通知", "2024-06-06"),
                Arguments.of("two issuers in one heading become a joint issue in printed order", """
                        # 长治市人力资源和社会保障局 长治市财政局 关于印发长治市公益性岗位人员管理 暂行办法的通知

                        长人社规〔2024〕1号

                        各县区人力资源和社会保障局、财政局:

                        现印发给你们,请认真贯彻执行。

                        长治市人力资源和社会保障局 长治市财政局

                        2024年1月8日
                        """, 1, "长人社规〔2024〕1号", List.of("长治市人力资源和社会保障局", "长治市财政局"),
                        "关于印发长治市公益性岗位人员管理暂行办法的通知", "通知", "2024-01-08"),
                Arguments.of("joint issuers stacked one per line above the title", """
                        上一件的最后一句。

                        长治市人力资源和社会保障局
                        长治市财政局
                        关于做好公益性岗位管理工作的通知

                        长人社发〔2024〕3号

                        各县区人力资源和社会保障局、财政局:

                        长治市人力资源和社会保障局 长治市财政局
                        2024年3月1日
                        """, 3, "长人社发〔2024〕3号", List.of("长治市人力资源和社会保障局", "长治市财政局"),
                        "关于做好公益性岗位管理工作的通知", "通知", "2024-03-01"),
                Arguments.of("issuer glued to 关于, square brackets", """
                        # 长治市科学技术局关于印发长治市基础研究计划项目管理办法(试行)的通知

                        长科规[2024]2号

                        各有关单位:

                        长治市科学技术局

                        2024年5月10日
                        """, 1, "长科规〔2024〕2号", List.of("长治市科学技术局"),
                        "关于印发长治市基础研究计划项目管理办法(试行)的通知", "通知", "2024-05-10"),
                Arguments.of("title with no issuer, and a 机关代字 that alone names no city (晋市 is 晋城's only where the text says Shanxi); no signature, no date", """
                        本政策自发布之日起施行,有效期三年,期满自行失效。

                        晋城市加快5G产业发展实施意见

                        晋市政发〔2019〕23号

                        为认真贯彻落实有关精神,制定本实施意见。
                        """, 3, "晋市政发〔2019〕23号", List.of(),
                        "晋城市加快5G产业发展实施意见", "实施意见", null),
                Arguments.of("space before 号, spaced date, a date in the text is not the 成文日期", """
                        长治市人民政府办公室 关于公布 2020 年全市城乡居民最低生活保障 标准的通知

                        长政办发〔2020〕12 号

                        各县、区人民政府:

                        各县区于2020年3月25日前报送执行情况。
                        新标准自 2020 年 1 月 1 日起执行。

                        长治市人民政府办公室

                        2020 年 3 月 18 日
                        """, 1, "长政办发〔2020〕12号", List.of("长治市人民政府办公室"),
                        "关于公布2020年全市城乡居民最低生活保障标准的通知", "通知", "2020-03-18"),
                Arguments.of("title wrapped over two lines under the issuer, signer and date on one line in numerals", """
                        运城市人民政府办公室
                        关于进一步加强
                        扶贫资产管理的意见

                        运政办发（2021）5号

                        各县(市、区)人民政府:

                        正文。

                        运城市人民政府办公室 二〇二一年三月五日
                        """, 1, "运政办发〔2021〕5号", List.of("运城市人民政府办公室"),
                        "关于进一步加强扶贫资产管理的意见", "意见", "2021-03-05"),
                Arguments.of("title with a trailing (试行) and spaced characters", """
                        (此件公开发布)

                        晋城市支持工业高质量发展十条政策措施 (试 行)

                        晋市政发〔2019〕22号

                        为贯彻落实有关精神,制定本政策措施。
                        """, 3, "晋市政发〔2019〕22号", List.of(),
                        "晋城市支持工业高质量发展十条政策措施(试行)", "措施", null),
                Arguments.of("running page header and 版记 印发 line above a title-only heading", """
                        抄送:市委办公室,市人大常委会办公室。

                        长治市人民政府办公室 2020年3月18日印发

                        — 12 —

                        长治市人民政府公报 2020年第2期

                        长治市推进职业技能提升培训实施方案

                        长政办发〔2020〕21号

                        为贯彻落实有关精神,制定本方案。
                        """, 9, "长政办发〔2020〕21号", List.of(),
                        "长治市推进职业技能提升培训实施方案", "实施方案", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headingLayouts")
    void headingLayout_givesOneDocumentWithItsFields(String layout, String text, int line, String number,
                                                     List<String> issuers, String title, String kind, String date) {
        RecordingSink sink = RecordingSink.parse("snippet.txt", text);

        assertThat(sink.documents).hasSize(1);
        DocumentRecord d = sink.documents.get(0);
        assertThat(d.startLine()).isEqualTo(line);
        assertThat(d.docNumber().canonical()).isEqualTo(number);
        assertThat(sink.resolvedIssuers(0)).as("issuers, printed or resolved").containsExactlyElementsOf(issuers);
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
    }

    @Test
    void printNoticeWithEnclosedPlanTitledGuanyu_isOneDocumentDatedBeforeThePlan() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室 关于印发进一步加强扶贫资产管理 实施方案的通知

                长政办发〔2020〕13号

                各县、区人民政府,市直各有关单位:

                经市人民政府同意,现将《关于进一步加强扶贫资产管理实施方案》印发给你们,请认真贯

                彻落实。

                长治市人民政府办公室

                2020年3月18日

                关于进一步加强扶贫资产管理实施方案

                为进一步加强和规范我市扶贫资产管理,制定如下实施方案。

                一、总体要求

                到2020年12月31日前完成。

                附件

                扶贫资产登记表
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 3, 18));
            assertThat(d.endLine()).isEqualTo(25);
            assertThat(d.text()).contains("关于进一步加强扶贫资产管理实施方案", "扶贫资产登记表");
        });
    }

    @Test
    void dateLineInTheBodyWithoutSigner_losesToTheSignedDate() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                忻州市人民政府 关于公布某事项完成时限的通知

                忻政发〔2022〕8号

                各县(市、区)人民政府:

                完成时限:

                2022年6月30日

                忻州市人民政府

                2022年3月1日
                """);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 1)));
    }

    @Test
    void redHeadAndNumberAboveTheHeading_isOneDocumentWhoseLineIsTheHeading() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                上一件的最后一句。

                阳泉市人民政府文件

                阳政发〔2021〕12号

                阳泉市人民政府
                关于加强城市供水管理的通知

                各县、区人民政府:

                正文。

                阳泉市人民政府
                2021年4月2日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(7);
            assertThat(d.docNumber().canonical()).isEqualTo("阳政发〔2021〕12号");
            assertThat(d.issuers()).containsExactly("阳泉市人民政府");
            assertThat(d.title()).isEqualTo("关于加强城市供水管理的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 2));
        });
    }

    @Test
    void loneNumberLineFollowedByText_isNotADocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                附件2。

                晋政办发〔2019〕80号

                关于进一步加强扶贫资产管理的意见
                """);

        assertThat(sink.documents).isEmpty();
    }

    @Test
    void unpunctuatedLastLineOfPreviousDocument_isNotTakenIntoATitleOnlyHeading() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                此页无正文

                晋城市推进运输结构调整实施方案

                晋市政办〔2019〕47号

                为贯彻落实有关决策部署,制定本方案。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.title()).isEqualTo("晋城市推进运输结构调整实施方案");
            assertThat(d.issuers()).as("none printed").isEmpty();
        });
        assertThat(sink.resolvedIssuers(0)).as("the 机关代字 alone, with no place in the text, names no one").isEmpty();
    }

    @Test
    void headingFollowedByItsAddressee_withNoNumberPrinted_isADocumentWithoutNumber() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室

                关于进一步加强扶贫资产管理的通知

                各县、区人民政府:

                正文。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.docNumber()).isNull();
            assertThat(d.printedNumber()).isNull();
            assertThat(d.issuers()).containsExactly("长治市人民政府办公室");
            assertThat(d.title()).isEqualTo("关于进一步加强扶贫资产管理的通知");
        });
    }

    @Test
    void headingWithNeitherNumberNorAddressee_isNotADocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室

                关于进一步加强扶贫资产管理的通知

                正文。
                """);

        assertThat(sink.documents).isEmpty();
        assertThat(sink.calls).containsExactly("start", "end");
    }

    @Test
    void issuerLineDirectlyAboveNumber_isNotAHeading() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                正文的最后一句。

                长治市人民政府

                长政发〔2020〕17号
                """);

        assertThat(sink.documents).isEmpty();
    }

    @Test
    void documentsFollowEachOther_eachEndsBeforeTheNextHeading() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室 关于甲事项的通知

                长政办发〔2020〕1号

                正文。

                长治市人民政府办公室
                2020年1月2日

                长治市人民政府办公室

                关于乙事项的批复

                长政办函〔2020〕2号

                正文。
                """);

        assertThat(sink.documents).extracting(DocumentRecord::startLine, DocumentRecord::endLine, DocumentRecord::kind)
                .containsExactly(tuple(1, 8, "通知"),
                        tuple(10, 16, "批复"));
        assertThat(sink.documents.get(1).date()).isNull();
    }

    @Test
    void signerNoteOnNumberLine_isIgnored() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府 关于某事项的请示

                长政发〔2020〕9号　　签发人：张三

                省人民政府:
                """);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.docNumber().canonical()).isEqualTo("长政发〔2020〕9号"));
    }

    @Test
    void numberLineRightAboveAnAddressee_withNoHeadingPrinted_isADocumentWithNoTitle() {
        // 国函〔2015〕73号 as a forum page prints it (hebei-2015-baoding.txt of the held-back set)
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                国函〔2015〕73号

                河北省人民政府:

                你省《关于保定市部分行政区划调整的请示》(冀政〔2014〕126号)收悉。现批复如下:

                中华人民共和国国务院

                2015年4月28日""");

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.docNumber().canonical()).isEqualTo("国函〔2015〕73号");
            assertThat(d.title()).isEmpty();
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2015, 4, 28));
        });
    }

    // ---------------------------------------------------------------- file tail: motto, chronicle

    @Test
    void trailingMotto_isNotPartOfTheLastDocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室 关于甲事项的通知

                长政办发〔2020〕1号

                正文。

                传达政令

                宣传政策

                指导工作

                服务社会

                内部资料 注意保存""");

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.endLine()).isEqualTo(5));
    }

    @Test
    void chronicleSection_endsTheLastDocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                晋城市人民政府办公室 关于甲事项的通知

                晋市政办〔2019〕48号

                正文。

                晋城市人民政府11月大事记

                11月5日 市长出席会议。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.endLine()).isEqualTo(5));
    }

    // ---------------------------------------------------------------- table of contents

    static Stream<Arguments> tocLayouts() {
        return Stream.of(
                Arguments.of("issuer line, title split over two lines, page glued, page on a dot-leader line", """
                        目 录

                        2020年第2期

                        (双月刊)

                        市政府文件 >>>

                        长治市人民政府

                        关于上党区、屯留区、潞城区、壶关县、沁源县
                        调整部分乡镇行政区划的通告 1

                        市政府办公室文件 >>>

                        长治市人民政府办公室

                        关于印发长治市推进有机旱作农业发展2020年行动计划的通知
                        ..... 2

                        长治市人民政府 关于上党区、屯留区、潞城区、壶关县、沁源县 调整部分乡镇行政区划的通告

                        长政通字[2020]2号

                        正文。
                        """, List.of(
                        "9|市政府文件|长治市人民政府|关于上党区、屯留区、潞城区、壶关县、沁源县调整部分乡镇行政区划的通告||1|21",
                        "16|市政府办公室文件|长治市人民政府办公室|关于印发长治市推进有机旱作农业发展2020年行动计划的通知||2|")),
                Arguments.of("Markdown group labels, page after dot leader on the title line", """
                        # 目 录

                        ## 市政府办公室文件

                        长治市人民政府办公室

                        关于印发长治市气象灾害应急预案的通知 ..... 73

                        # 长治市人民政府办公室 关于印发长治市气象灾害应急预案的通知

                        长政办发〔2020〕27号
                        """, List.of("5|市政府办公室文件|长治市人民政府办公室|关于印发长治市气象灾害应急预案的通知||73|9")),
                Arguments.of("bullets with issuer glued to the title and the 文号 in brackets", """
                        # 目 录

                        ## 市政府函件

                        - 长治市人民政府关于长治市现代水网建设规划(2021-2035年)的批复(长政函[2024]22号) ..... 28
                        - 长治市人力资源和社会保障局 长治市财政局关于印发长治市公益性岗位人员管理暂行办法的通知(长人社规[2024]1号) ..... 79

                        ## 长治市人民政府 关于长治市现代水网建设规划 (2021—2035年)的批复

                        长政函〔2024〕22号

                        市水利局:
                        """, List.of(
                        "5|市政府函件|长治市人民政府|关于长治市现代水网建设规划(2021-2035年)的批复|长政函〔2024〕22号|28|8",
                        "6|市政府函件|长治市人力资源和社会保障局|关于印发长治市公益性岗位人员管理暂行办法的通知|长人社规〔2024〕1号|79|")),
                Arguments.of("title then a 文号 line with the page, blank-separated or tab-separated", """
                        目 录

                        【市政府文件】

                        朔州市人民政府关于落实和承接省政府取消下放一批行政许可事项的通知

                        朔政发〔2019〕51号..... 1

                        【市政府办公室文件】

                        朔州市人民政府办公室关于印发全面推行行政规范性文件合法性审核机制若干措施的通知\t
                        朔政办发〔2019〕40号.....\t58

                        朔州市人民政府 关于落实和承接省政府取消下放一批 行政许可事项的通知

                        朔政发〔2019〕51号

                        正文。
                        """, List.of(
                        "5|市政府文件|朔州市人民政府|关于落实和承接省政府取消下放一批行政许可事项的通知|朔政发〔2019〕51号|1|14",
                        "11|市政府办公室文件|朔州市人民政府办公室|关于印发全面推行行政规范性文件合法性审核机制若干措施的通知|朔政办发〔2019〕40号|58|")));
    }

    @Test
    void tocNumberOnItsOwnLineWithPageBelow_isATocEntryNotADocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                目 录

                朔州市人民政府关于落实和承接省政府取消下放一批行政许可事项的通知
                朔政发〔2019〕51号
                ..... 1

                朔州市人民政府 关于落实和承接省政府取消下放一批 行政许可事项的通知

                朔政发〔2019〕51号

                正文。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.startLine()).isEqualTo(7));
        assertThat(sink.tocEntries).singleElement().satisfies(e -> {
            assertThat(e.docNumber().canonical()).isEqualTo("朔政发〔2019〕51号");
            assertThat(e.page()).isEqualTo("1");
        });
        assertThat(sink.announced).containsExactly(sink.documents.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tocLayouts")
    void tocLayout_givesEntriesLinkedToTheirDocuments(String layout, String text, List<String> expected) {
        RecordingSink sink = RecordingSink.parse("snippet.txt", text);

        List<String> rows = new ArrayList<>();
        for (int i = 0; i < sink.tocEntries.size(); i++) {
            TocEntry e = sink.tocEntries.get(i);
            DocumentRecord a = sink.announced.get(i);
            rows.add(e.line() + "|" + e.group() + "|" + e.issuer() + "|" + e.title() + "|"
                    + (e.docNumber() == null ? "" : e.docNumber().canonical()) + "|" + e.page() + "|"
                    + (a == null ? "" : a.startLine()));
        }
        assertThat(rows).containsExactlyElementsOf(expected);
        assertThat(sink.documents).hasSize(1);
    }

    @Test
    void tocEntries_areSentAfterTheDocumentsAndBeforeEnd() {
        RecordingSink sink = RecordingSink.parse(SourceText.read(CORPUS.resolve("changzhi-2020-02.txt")));

        assertThat(sink.calls.get(0)).isEqualTo("start");
        assertThat(sink.calls.get(1)).isEqualTo("issue");
        assertThat(sink.calls.subList(2, 9)).containsOnly("document");
        assertThat(sink.calls.subList(9, 16)).containsOnly("toc");
        assertThat(sink.calls.get(16)).isEqualTo("end");
        assertThat(sink.calls).hasSize(17);
    }

    // ---------------------------------------------------------------- masthead

    @Test
    void mastheadWithTotalNumberAndDate_givesEveryField() {
        RecordingSink sink = RecordingSink.parse(SourceText.read(CORPUS.resolve("changzhi-2024-03.txt")));

        assertThat(sink.issues).singleElement().isEqualTo(new IssueRecord("长治市人民政府公报", "长治市", 2024, "3", "27",
                LocalDate.of(2024, 6, 30), "长治市人民政府办公室信息科", 5));
    }

    @Test
    void mastheadWithoutTotalNumberOrDate_leavesThemNull() {
        RecordingSink sink = RecordingSink.parse(SourceText.read(CORPUS.resolve("changzhi-2020-02.txt")));

        assertThat(sink.issues).singleElement().isEqualTo(new IssueRecord("长治市人民政府公报", "长治市", 2020, "2", null,
                null, "长治市人民政府办公室信息科", 5));
    }

    @Test
    void mastheadWithSpacedIssueLineAndFullWidthColons_isRead() {
        RecordingSink sink = RecordingSink.parse("m.txt", """
                大同市人民政府公报

                2021年 第 4 期(总第 130 期)

                编辑出版：大同市人民政府办公室

                出版日期：2021年8月15日

                大同市人民政府 关于某事项的通知

                同政发〔2021〕30号

                正文。
                """);

        assertThat(sink.issues).singleElement().isEqualTo(new IssueRecord("大同市人民政府公报", "大同市", 2021, "4", "130",
                LocalDate.of(2021, 8, 15), "大同市人民政府办公室", 1));
    }

    @Test
    void mastheadWithYearAndIssueOnSeparateLinesInChineseNumerals_isRead() {
        RecordingSink sink = RecordingSink.parse("m.txt", """
                # 忻州政报

                2022年

                第三期 (总第一二〇期)

                编辑出版单位:忻州市人民政府办公室

                出版时间:二〇二二年九月三十日

                忻州市人民政府 关于某事项的通知

                忻政发〔2022〕30号
                """);

        assertThat(sink.issues).singleElement().isEqualTo(new IssueRecord("忻州政报", "忻州", 2022, "3", "120",
                LocalDate.of(2022, 9, 30), "忻州市人民政府办公室", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shuozhou-2019-docs.txt", "jincheng-2019-docs.txt"})
    void fileWithoutMasthead_sendsNoIssue(String file) {
        RecordingSink sink = RecordingSink.parse(SourceText.read(CORPUS.resolve(file)));

        assertThat(sink.calls).doesNotContain("issue");
        assertThat(sink.documents).isNotEmpty();
    }

    // ---------------------------------------------------------------- golden files

    @ParameterizedTest
    @ValueSource(strings = {"changzhi-2020-02", "changzhi-2020-03", "changzhi-2024-03", "jincheng-2019-docs",
            "shuozhou-2019-docs"})
    void corpusFile_matchesItsGoldenDocumentsAndToc(String stem) throws IOException {
        RecordingSink sink = RecordingSink.parse(SourceText.read(CORPUS.resolve(stem + ".txt")));

        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(golden(stem + ".documents.tsv"));
        assertThat(GoldenTables.toc(sink)).containsExactlyElementsOf(golden(stem + ".toc.tsv"));
    }

    // ---------------------------------------------------------------- generalisation to other cities

    static Stream<Arguments> otherCities() {
        return Stream.of(
                Arguments.of("changzhi-2020-02", "长治", "运城", "长政", "运政"),
                Arguments.of("shuozhou-2019-docs", "朔州", "吕梁", "朔政", "吕政"),
                Arguments.of("jincheng-2019-docs", "晋城", "临汾", "晋市政", "临政"),
                Arguments.of("changzhi-2024-03", "长治", "忻州", "长政", "忻政"));
    }

    @ParameterizedTest(name = "{0}: {1}→{2}, {3}→{4}")
    @MethodSource("otherCities")
    void corpusFileRewrittenForAnotherCity_parsesToTheSameStructure(String stem, String city, String otherCity,
                                                                    String code, String otherCode) throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve(stem + ".txt")).stream()
                .map(l -> l.replace(code, otherCode).replace(city, otherCity)).toList();

        RecordingSink sink = RecordingSink.parse(SourceText.of(stem + "-rewritten.txt", lines));

        List<String> expected = golden(stem + ".documents.tsv").stream()
                .map(l -> l.replace(code, otherCode).replace(city, otherCity)).toList();
        assertThat(GoldenTables.documents(sink)).containsExactlyElementsOf(expected);
        assertThat(sink.issues).allSatisfy(i -> assertThat(i.city()).isEqualTo(otherCity + "市"));
    }

    // ---------------------------------------------------------------- broken inputs

    @Test
    void fileCutOffMidDocument_keepsTheDocumentsPrintedSoFar() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("shuozhou-2019-docs.txt")).subList(0, 2000);

        RecordingSink sink = RecordingSink.parse(SourceText.of("cut.txt", lines));

        assertThat(sink.documents).hasSize(12);
        DocumentRecord last = sink.documents.get(11);
        assertThat(last.docNumber().canonical()).isEqualTo("朔政办发〔2019〕40号");
        assertThat(last.endLine()).isEqualTo(1999);
        assertThat(last.date()).isNull();
        assertThat(sink.calls).endsWith("end");
    }

    @Test
    void fileCutOffRightAfterANumberLine_givesADocumentEndingThere() {
        RecordingSink sink = RecordingSink.parse("cut.txt", """
                朔州市人民政府办公室 关于甲事项的通知

                朔政办发〔2019〕29号""");

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.endLine()).isEqualTo(3);
            assertThat(d.date()).isNull();
        });
    }

    @Test
    void textWithNoDocument_isNotAnErrorAndSendsOnlyStartAndEnd() {
        RecordingSink sink = RecordingSink.parse("notes.txt", """
                晋城市人民政府11月大事记

                11月5日 市长出席会议。
                """);

        assertThat(sink.calls).containsExactly("start", "end");
    }

    private static List<String> golden(String name) throws IOException {
        try (InputStream in = GazetteParserTest.class.getResourceAsStream("/parse/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    // ---------------------------------------------------------------- end of the body, dates, printed forms

    @Test
    void exactlyThreeMottoLines_areNotPartOfTheLastDocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室 关于甲事项的通知

                长政办发〔2020〕1号

                正文。

                传达政令

                宣传政策

                服务社会""");

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.endLine()).isEqualTo(5));
    }

    @Test
    void twoShortLinesAtTheEnd_stayInTheLastDocument() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                长治市人民政府办公室 关于甲事项的通知

                长政办发〔2020〕1号

                正文。

                长治市人民政府

                抄送各县区""");

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.endLine()).isEqualTo(9));
    }

    @Test
    void chronicleHeadingOnTheLastLine_endsTheDocumentBeforeIt() {
        RecordingSink sink = RecordingSink.parse("snippet.txt", """
                晋城市人民政府办公室 关于甲事项的通知

                晋市政办〔2019〕48号

                正文。

                晋城市人民政府11月大事记""");

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.endLine()).isEqualTo(5));
    }

    @Test
    void runTogetherDateOnAPublishedPage_isTheReadingNotAfterPublication() {
        RecordingSink sink = RecordingSink.parse("xian.txt", """
                西安市鄠邑区人民政府关于撤销祖庵等6个镇建制设立相应街道的批复

                http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html发文字号 鄠政发〔2021〕1号 发布日期 2021-02-07 09:54

                祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府:

                你们申请的撤镇设街道工作已经省级、市级批准同意。

                2021128
                """);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.date()).as("2021-12-08 is after 发布日期").isEqualTo(LocalDate.of(2021, 1, 28)));
    }

    @Test
    void signedDateOnAPublishedPage_isKeptOverARunTogetherLine() {
        RecordingSink sink = RecordingSink.parse("xian.txt", """
                西安市鄠邑区人民政府关于撤销祖庵等6个镇建制设立相应街道的批复

                http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html发文字号 鄠政发〔2021〕1号 发布日期 2021-02-07 09:54

                祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府:

                你们申请的撤镇设街道工作已经省级、市级批准同意。

                2021128

                西安市鄠邑区人民政府

                2021年1月30日
                """);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 1, 30)));
    }

    @Test
    void citationInATraditionalFile_keepsTheTraditionalPrint() {
        RecordingSink sink = RecordingSink.parse("dongguan.txt", """
                東莞市人民政府關於加強某某管理的通知

                東府〔2021〕54號

                各鎮人民政府:

                根據《廣東省某某管理辦法》，現將有關事項通知如下。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.citations())
                .extracting(Citation::title, Citation::printed)
                .containsExactly(tuple("廣東省某某管理辦法", "《廣東省某某管理辦法》")));
    }
}
