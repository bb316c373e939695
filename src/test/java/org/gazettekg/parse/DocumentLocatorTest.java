package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/**
 * Where the 公文 of a web page or gazette begin, end to end through {@link GazetteParser}: the layouts of the outside
 * corpora. Files of this repository (src/test/resources/outside/corpus) are read from their first line, so that line
 * numbers are the file's; pages of shared/outside are quoted, with their file's line numbers in the comments.
 */
class DocumentLocatorTest {

    private static final Path OUTSIDE = Path.of("src/test/resources/outside/corpus");

    /** Lines 1..{@code to} of an outside corpus file of this repository. */
    private static RecordingSink parseHead(String file, int to) throws IOException {
        List<String> lines = Files.readAllLines(OUTSIDE.resolve(file)).subList(0, to);
        return RecordingSink.parse(SourceText.of(file, lines));
    }

    // ---------------------------------------------------------------- 红头 order: red head, 文号, heading below

    @Test
    void redHeadThenNumberThenHeading_documentLineIsTheHeadingNotTheRedHead() {
        // hunan-2009-jiuye l.1-19 (shared/outside): the page also prints the red head as its title (l.1, l.7)
        RecordingSink sink = RecordingSink.parse("hunan.txt", """
                湖南省人民政府办公厅文件

                时间:2019-05-14 10:45:55下载本文作者:会员上传

                简介:写写帮文库小编为你整理了多篇相关的《湖南省人民政府办公厅文件》,但愿对你工作学习有帮助,当然你在写写帮文库还可以找到更多《湖南省人民政府办公厅文件》。

                第一篇:湖南省人民政府办公厅文件

                湖南省人民政府办公厅文件

                湘政办发〔2009〕24号

                湖南省人民政府办公厅关于加强普通高等学校

                毕业生就业工作的通知

                各市州、县市区人民政府,省政府各厅委、各直属机构:

                根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神,结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(13);
            assertThat(d.docNumber().canonical()).isEqualTo("湘政办发〔2009〕24号");
            assertThat(d.issuers()).containsExactly("湖南省人民政府办公厅");
            assertThat(d.title()).isEqualTo("关于加强普通高等学校毕业生就业工作的通知");
            assertThat(d.kind()).isEqualTo("通知");
        });
    }

    @Test
    void headingInBookTitleMarksThenItsNumberPrintedTwice_isOneDocumentWithItsHeading() throws IOException {
        // beijing-2016-zhengwu l.1-17: page title with the 文号 glued, the heading in 《》, the 文号 twice
        RecordingSink sink = parseHead("beijing-2016-zhengwu.txt", 17);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("京政办发〔2016〕26号");
            assertThat(d.issuers()).containsExactly("北京市人民政府办公厅");
            assertThat(d.title()).isEqualTo("关于印发〈北京市2016年政务公开工作要点〉的通知");
            assertThat(d.citations()).extracting(Citation::title)
                    .noneMatch(t -> t != null && t.contains("北京市2016年政务公开工作要点"));
        });
    }

    // ---------------------------------------------------------------- government orders (政府令)

    @Test
    void orderNumberUnderItsIssuingBodyAndHeading_isADocumentWithTheOrderNumberAndNoSelfCitation() throws IOException {
        // chongqing-2001-chenwuran l.1-29: heading (l.6), the body alone (l.8), 渝府令第 121 号 (l.11), 市 长, date (l.18)
        RecordingSink sink = parseHead("chongqing-2001-chenwuran.txt", 29);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(6);
            assertThat(d.docNumber()).isNull();
            assertThat(d.printedNumber()).isEqualTo("渝府令第121号");
            assertThat(d.issuers()).containsExactly("重庆市人民政府");
            assertThat(d.title()).isEqualTo("关于控制主城区采(碎)石场和小水泥厂尘污染的通告");
            assertThat(d.kind()).isEqualTo("通告");
            assertThat(d.date()).isEqualTo(LocalDate.of(2001, 12, 30));
            assertThat(d.citations()).extracting(Citation::title)
                    .containsExactlyInAnyOrder("中华人民共和国大气污染防治法", "重庆市环境保护条例");
        });
    }

    @Test
    void orderNumberOverTwoLinesUnderItsIssuingBody_isADocument() throws IOException {
        // neimenggu-1997-cunzhuang l.1-28: the body (l.8), the title (l.11), 内蒙古自治区人民政府令⏎第82号 (l.14-15)
        RecordingSink sink = parseHead("neimenggu-1997-cunzhuang.txt", 28);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.printedNumber()).isEqualTo("内蒙古自治区人民政府令第82号");
            assertThat(d.issuers()).containsExactly("内蒙古自治区人民政府");
            assertThat(d.title()).isEqualTo("内蒙古自治区村庄和集镇规划建设管理实施办法");
            assertThat(d.date()).isEqualTo(LocalDate.of(1997, 7, 23));
        });
    }

    @Test
    void orderWhoseTitleNamesNoIssuer_takesTheBodyPrintedOverItsNumber() throws IOException {
        // liaoning-1994-anshan l.1-24: title (l.8) without issuer or 关于, 辽宁省鞍山市人民政府 (l.10), 鞍山市人民政府令第16号 (l.13)
        RecordingSink sink = parseHead("liaoning-1994-anshan.txt", 24);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(8);
            assertThat(d.printedNumber()).isEqualTo("鞍山市人民政府令第16号");
            assertThat(d.issuers()).containsExactly("辽宁省鞍山市人民政府");
            assertThat(d.title()).isEqualTo("鞍山市行政复议程序规定");
            assertThat(d.kind()).isEqualTo("规定");
        });
    }

    @Test
    void orderNumberInRunningTextOrUnderNoHeading_isNoDocument() {
        // changzhi-2024-03 l.1602 (shared/corpus) cites an order in running text; an order number under prose heads nothing
        RecordingSink sink = RecordingSink.parse("orders.txt", """
                为加强粮食储备管理,根据《山西省省级储备粮管理办法》(山西省人民政府令第290号)等相关法律法规的要求,制定本办法。

                山西省人民政府令第290号

                现予发布,自2020年1月1日起施行。
                """);

        assertThat(sink.documents).isEmpty();
    }

    @Test
    void metadataValuesUnderTheirLabelsThenTheBodyHeading_documentIsTheBodyHeadingNotAValue() throws IOException {
        // shaanxi-2024-zhenba l.1-42: page title (l.3), bulleted labels with their values on the next line
        // (• 发文机构:⏎ 县政府网站 l.12-14; • 发文字号:⏎ 镇政发〔2024〕7号 l.15-17), • 内容概述: with no value, the body heading (l.28)
        RecordingSink sink = parseHead("shaanxi-2024-zhenba.txt", 42);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(28);
            assertThat(d.docNumber().canonical()).isEqualTo("镇政发〔2024〕7号");
            assertThat(d.issuers()).containsExactly("镇巴县人民政府");
            assertThat(d.title()).isEqualTo("工作规则");
            assertThat(d.kind()).isEqualTo("规则");
            assertThat(d.date()).isNull();
        });
    }

    @Test
    void numberAsFirstLineThenHeadingWithAShortIssuer_documentLineIsTheHeading() throws IOException {
        // jiayu-2021-fengong l.1-21: 文号, then a heading over four lines opening with 县人民政府办公室关于
        RecordingSink sink = parseHead("jiayu-2021-fengong.txt", 21);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("嘉政办发〔2021〕5号");
            assertThat(d.issuers()).containsExactly("县人民政府办公室");
            assertThat(d.title()).isEqualTo(
                    "关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 5, 12));
        });
    }

    @Test
    void redHeadSplitOverTwoLines_documentLineIsTheHeadingBelowTheNumber() throws IOException {
        RecordingSink sink = parseHead("xinjiang-2020-jiuye.txt", 33);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(17);
            assertThat(d.docNumber().canonical()).isEqualTo("新政发〔2020〕16号");
            assertThat(d.title()).isEqualTo("关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知");
            assertThat(d.kind()).isEqualTo("通知");
            assertThat(d.issuers()).containsExactly("新疆维吾尔自治区人民政府");
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 3, 19));
        });
    }

    // ---------------------------------------------------------------- 文号 only in a metadata block

    @Test
    void numberOnlyInARunOnMetadataBlockBeforeTheHeading_isTheDocumentsNumber() throws IOException {
        // neimenggu-2013-guize l.1-55: navigation, breadcrumb, metadata (l.37-41), heading l.43, no 文号 in the body
        RecordingSink sink = parseHead("neimenggu-2013-guize.txt", 55);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(43);
            assertThat(d.docNumber().canonical()).isEqualTo("内政发〔2013〕62号");
            assertThat(d.issuers()).containsExactly("内蒙古自治区人民政府");
            assertThat(d.title()).isEqualTo("关于印发《内蒙古自治区人民政府工作规则》的通知");
            assertThat(d.metadata()).isNotNull();
            assertThat(d.metadata().startLine()).isEqualTo(37);
            assertThat(d.date()).isEqualTo(LocalDate.of(2013, 7, 2));
        });
    }

    @Test
    void numberOnlyInMetadataBulletsBeforeTheHeading_isTheDocumentsNumber_andThePublicationDateIsNotItsDate()
            throws IOException {
        // ali-2021-guize l.1-25: 发布日期 2021-12-22 in the bullets, signed 2021-11-09
        RecordingSink sink = parseHead("ali-2021-guize.txt", 25);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(13);
            assertThat(d.docNumber().canonical()).isEqualTo("阿行发〔2021〕42号");
            assertThat(d.issuers()).containsExactly("阿里地区行政公署");
            assertThat(d.title()).isEqualTo("关于印发《阿里地区行政公署工作规则》的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 11, 9));
        });
    }

    @Test
    void numberOnlyInMetadataAfterTheHeading_isTheDocumentsNumber() {
        // xian-2021-huyi l.1-7 (shared/outside): heading, then the run-on metadata line, then the addressee
        RecordingSink sink = RecordingSink.parse("xian.txt", """
                西安市鄠邑区人民政府关于撤销祖庵等6个镇建制设立相应街道的批复

                http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html发文字号 鄠政发〔2021〕1号 发布日期 2021-02-07 09:54

                祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府:

                你们申请的撤镇设街道工作已经省级、市级批准同意,根据
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.docNumber().canonical()).isEqualTo("鄠政发〔2021〕1号");
            assertThat(d.issuers()).containsExactly("西安市鄠邑区人民政府");
            assertThat(d.title()).isEqualTo("关于撤销祖庵等6个镇建制设立相应街道的批复");
            assertThat(d.kind()).isEqualTo("批复");
            assertThat(d.date()).as("发布日期 is not the 成文日期").isNull();
        });
    }

    @Test
    void catalogueLineOfADocumentLibrary_isTheHeadingWithItsNumber() {
        // sichuan-1998-guangan l.1-9 (src/test/resources/outside, 中华文库): title, 文号, body and date on one line
        RecordingSink sink = RecordingSink.parse("guangan.txt", """
                国务院关于同意四川省撤销广安地区设立地级广安市的批复 中华文库

                国务院关于同意四川省撤销广安地区设立地级广安市的批复 国函〔1998〕60号 中华人民共和国国务院 1998年7月31日 |

                |

                四川省人民政府:

                你省《关于撤销广安地区设立广安市(地级)的请示》(川府发〔1995〕181号)及有关补充报告收悉。现批复如下:
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("国函〔1998〕60号");
            assertThat(d.title()).isEqualTo("关于同意四川省撤销广安地区设立地级广安市的批复");
        });
    }

    @Test
    void lineWithTitleNumberAndAWordThatIsNoBody_isNoCatalogueLine() {
        RecordingSink sink = RecordingSink.parse("not.txt", """
                国务院关于同意四川省撤销广安地区设立地级广安市的批复 国函〔1998〕60号 点击查看 1998年7月31日

                各位读者:

                欢迎。
                """);

        assertThat(sink.documents).noneMatch(d -> d.startLine() == 1 && d.docNumber() != null);
    }

    // ---------------------------------------------------------------- dates from the metadata where the body prints none

    @Test
    void bodyCutBeforeItsDate_takesTheWrittenDateOfTheMetadata() throws IOException {
        // neimenggu-2013-guize l.1-53: the page cut before its date line (l.55); 成文日期 2013-07-02 in the metadata
        RecordingSink sink = parseHead("neimenggu-2013-guize.txt", 53);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2013, 7, 2)));
    }

    @Test
    void bodyCutBeforeItsDate_takesTheGenerationDateWhereNoWrittenDateIsGiven() {
        // nanjing-2023-docs l.23-43 (shared/outside): the table gives 生成日期 only; the page cut before its signature
        RecordingSink sink = RecordingSink.parse("nanjing.txt", """
                | 索 引 号: | 012947031/2026-12388 | 信息分类: | 综合政务 / 宁政发 / 通知 |

                | 发布机构: | 南京市人民政府 | 生成日期: | 2026-02-08 |

                | 生效日期: | 失效日期: | ||

                | 废止日期: | 是否修改: | 否 | |

                | 信息名称: | 市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知 | ||

                | 文 号: | 宁政发〔2026〕16号 | 关 键 词: | 2026年;工作目标任务;分解落实方案;通知 |

                | 内容概览: | |||

                市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知

                各区人民政府,江北新区管委会,市府各委办局,市各直属单位:

                市第十七届人大五次会议审议通过的《政府工作报告》,明确了2026年全市经济社会发展的主要目标、总体要求和重点任务。为切实推动各项部署落地见效,现将《2026年市政府主要工作目标任务分解落实方案》印发给你们。

                请各有关部门和单位高度重视,切实加强组织领导,对照所承担的任务事项,逐项细化实化工作举措,明确时间表、路线图和责任人,确保《政府工作报告》确定的各项目标任务高质量完成。
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(15);
            assertThat(d.docNumber().canonical()).isEqualTo("宁政发〔2026〕16号");
            assertThat(d.title()).isEqualTo("关于印发《2026年市政府主要工作目标任务分解落实方案》的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 8));
        });
    }

    @Test
    void bodyCutBeforeItsDate_neverTakesThePublicationDate() throws IOException {
        // ali-2021-guize l.1-19: the bullets give 发布日期 only
        RecordingSink sink = parseHead("ali-2021-guize.txt", 19);

        assertThat(sink.documents).singleElement().satisfies(d -> assertThat(d.date()).isNull());
    }

    // ---------------------------------------------------------------- headings printed twice, page titles

    @Test
    void headingPrintedTwice_theFirstCopyWithItsIssuerWins() {
        // shandong-2019-docs l.33-61 (shared/outside): the heading with 山东省人民政府办公厅 (l.35-41), again without it
        // (l.43-47), then the 文号; its title opens 转发省人力资源社会保障厅等部门, which is not an issuer
        RecordingSink sink = RecordingSink.parse("shandong.txt", """
                山东省财政厅大学生创业引领计划

                山东省人民政府办公厅

                转发省人力资源社会保障厅等部门

                关于做好2010年普通高校毕业生

                就业工作的意见的通知

                转发省人力资源社会保障厅等部门

                关于做好2010年普通高校毕业生

                就业工作的意见的通知

                鲁政办发〔2010〕21号

                各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构,各大企业,各高等院校:

                省人力资源社会保障厅、省教育厅、省财政厅、省地税局、省工商局、人民银行济南分行《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。

                省人力资源社会保障厅、省教育厅、省财政厅、省地税局、省工商局、人民银行济南分行《关于做好2010年普通高校毕业生就业工作的意见》已经省政府同意,现转发给你们,请认真贯彻执行。

                山东省人民政府办公厅

                二○一○年四月三十日

                二○一○年四月三十日
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("鲁政办发〔2010〕21号");
            assertThat(d.issuers()).containsExactly("山东省人民政府办公厅");
            assertThat(d.title()).isEqualTo("转发省人力资源社会保障厅等部门关于做好2010年普通高校毕业生就业工作的意见的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2010, 4, 30));
        });
    }

    @Test
    void pageTitleAboveMetadata_givesWayToTheHeadingUnderTheGarbledNumber() throws IOException {
        // pudong-2022-guize l.1-25: page title l.1, metadata l.3-11 (文件编号), garbled 文号 l.13, heading l.15-17
        RecordingSink sink = parseHead("pudong-2022-guize.txt", 25);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(15);
            assertThat(d.docNumber().canonical()).as("the metadata's readable number").isEqualTo("浦府〔2022〕1号");
            assertThat(d.issuers()).containsExactly("浦东新区人民政府");
            assertThat(d.title()).isEqualTo("关于印发《浦东新区人民政府工作规则》的通知");
        });
    }

    @Test
    void pageTitleWithTheNumberGluedAboveTheRedHeadOrder_givesWayToTheHeadingUnderTheNumber() throws IOException {
        // zhejiang-2011-docs l.1-25: metadata, page title "瑞政办(2011)129号 转发…" l.7, 文号 l.13, heading l.15-19
        RecordingSink sink = parseHead("zhejiang-2011-docs.txt", 25);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(15);
            assertThat(d.docNumber().canonical()).isEqualTo("瑞政办〔2011〕129号");
            assertThat(d.issuers()).containsExactly("瑞安市人民政府办公室");
            assertThat(d.title()).isEqualTo("转发温州市推行说理性行政处罚文书指导意见及操作规范的通知");
            assertThat(d.date()).as("the date under the text, not the metadata's 2011-09-01")
                    .isEqualTo(LocalDate.of(2011, 8, 9));
        });
    }

    // ---------------------------------------------------------------- no 文号, damaged 文号

    @Test
    void headingAndAddresseeWithNoNumberAnywhere_isADocumentWithoutNumber() throws IOException {
        // taihu-2019-guize l.1-25: "文号:" empty in the metadata, heading l.17, addressee l.19
        RecordingSink sink = parseHead("taihu-2019-guize.txt", 25);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(17);
            assertThat(d.docNumber()).isNull();
            assertThat(d.printedNumber()).isNull();
            assertThat(d.issuers()).containsExactly("太湖县人民政府");
            assertThat(d.title()).isEqualTo("关于印发《太湖县人民政府工作规则》的通知");
            assertThat(d.date()).as("signed 2019-01-17; 生成日期 2019-01-23").isEqualTo(LocalDate.of(2019, 1, 17));
        });
    }

    @Test
    void damagedNumberUnderThePageTitle_isKeptAsPrinted_andTheGarbledSignatureDateIsRead() {
        // muding-2017-yingji l.1-21 (shared/outside)
        RecordingSink sink = RecordingSink.parse("muding.txt", """
                牟定县人民政府

                首页 >> 公开信息内容

                牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知

                索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:

                牟政办发〔201746

                各乡镇人民政府,县级有关部门:

                经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。

                牟定县人民政府办公室

                (此件公开发布)

                { 2017 6 23

                牟定县突发环境事件应急预案(试行)
                """);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(5);
            assertThat(d.docNumber()).isNull();
            assertThat(d.unreadNumber()).isEqualTo("牟政办发〔201746");
            assertThat(d.printedNumber()).isEqualTo("牟政办发〔201746");
            assertThat(d.issuers()).containsExactly("牟定县人民政府办公室");
            assertThat(d.title()).isEqualTo("关于印发牟定县突发环境事件应急预案(试行)的通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2017, 6, 23));
        });
    }

    @Test
    void abbreviatedJointHeadingWithANumberWhoseYearIsLost_takesTheSigningBodiesAsIssuers() throws IOException {
        // gansu-2021-xiaozhen l.1-35: "…等10部门" above the title, ten bodies above "年12月31日"
        RecordingSink sink = parseHead("gansu-2021-xiaozhen.txt", 35);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.docNumber()).isNull();
            assertThat(d.printedNumber()).isEqualTo("甘发改规划〔〕号");
            assertThat(d.issuers()).containsExactly(
                    "甘肃省发展和改革委员会", "甘肃省自然资源厅", "甘肃省生态环境厅", "甘肃省科技厅", "甘肃省工业和信息化厅",
                    "甘肃省商务厅", "甘肃省文化和旅游厅", "甘肃省农业农村厅", "甘肃省体育局", "甘肃省市场监督管理局");
            assertThat(d.signers()).hasSize(10);
            assertThat(d.title()).isEqualTo("关于印发甘肃省特色小镇创建清单的通知");
            assertThat(d.date()).as("the year was lost").isNull();
        });
    }

    @Test
    void abbreviatedJointHeadingWithoutTheSignature_takesItsLeadBody() throws IOException {
        // gansu-2021-xiaozhen l.1-11: the page cut before the signature
        RecordingSink sink = parseHead("gansu-2021-xiaozhen.txt", 11);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.issuers()).containsExactly("甘肃省发展和改革委员会"));
    }

    // ---------------------------------------------------------------- traditional characters

    /** dongguan-2021-jiuye l.1-19 (shared/outside), a page in traditional characters. */
    private static final String DONGGUAN = """
            首頁 > 政務公開 > 文件庫 > 政策法規庫

            東莞市人民政府關于印發《東莞市進一步促進就業若干政策措施實施意見》的通知

            時間 : 2019-12-22 22:43:36 來源 : 東莞市人民政府

            【打印】 【字體:

            東莞市人民政府關于印發《東莞市進一步促進就業若干政策措施實施意見》的通知

            東府〔2018〕165號

            各鎮人民政府(街道辦事處),市府直屬各單位:

              現將《東莞市進一步促進就業若干政策措施實施意見》印發給你們,請認真貫徹執行。

            東莞市人民政府

            2018年12月29日
            """;

    @Test
    void traditionalDocument_keepsTitleAndIssuersAsPrinted_withItsNumberAndKindInSimplified() {
        RecordingSink sink = RecordingSink.parse("dongguan.txt", DONGGUAN);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).as("the heading above the 文号, not the page title").isEqualTo(9);
            assertThat(d.title()).isEqualTo("關于印發《東莞市進一步促進就業若干政策措施實施意見》的通知");
            assertThat(d.issuers()).containsExactly("東莞市人民政府");
            assertThat(d.signers()).containsExactly("東莞市人民政府");
            assertThat(d.docNumber().canonical()).isEqualTo("东府〔2018〕165号");
            assertThat(d.kind()).isEqualTo("通知");
            assertThat(d.date()).isEqualTo(LocalDate.of(2018, 12, 29));
            assertThat(d.text()).contains("東府〔2018〕165號", "現將《東莞市進一步");
        });
    }

    @Test
    void traditionalDocument_keepsItsNumberAsPrinted() {
        RecordingSink sink = RecordingSink.parse("dongguan.txt", DONGGUAN);

        assertThat(sink.documents).singleElement()
                .satisfies(d -> assertThat(d.printedNumber()).isEqualTo("東府〔2018〕165號"));
    }

    @Test
    void traditionalPiFu_isOfKindPiFuInSimplified_atTheCopyOfTheHeadingAboveTheNumber() {
        // wuzhou-2003-quhua: the title printed at l.3 and l.7, the 文号 at l.9
        RecordingSink sink = RecordingSink.parse(SourceText.read(OUTSIDE.resolve("wuzhou-2003-quhua.txt")));

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(7);
            assertThat(d.title()).isEqualTo("關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆");
            assertThat(d.kind()).isEqualTo("批复");
            assertThat(d.issuers()).containsExactly("國務院");
            assertThat(d.docNumber().canonical()).isEqualTo("国函〔2003〕1号");
            assertThat(d.date()).isEqualTo(LocalDate.of(2003, 1, 2));
        });
    }

    @Test
    void simplifiedPageFollowedByATraditionalPage_givesTwoDocumentsEachAsPrinted() {
        // zhejiang-2011-docs: two pages, no separator; the second (杭州, l.37-61) in traditional characters
        RecordingSink sink = RecordingSink.parse(SourceText.read(OUTSIDE.resolve("zhejiang-2011-docs.txt")));

        assertThat(sink.documents).extracting(DocumentRecord::startLine).containsExactly(15, 41);
        DocumentRecord second = sink.documents.get(1);
        assertThat(second.title()).isEqualTo("關于蕭山區部分行政區劃調整的批復");
        assertThat(second.issuers()).containsExactly("杭州市人民政府");
        assertThat(second.docNumber().canonical()).isEqualTo("杭政函〔2013〕121号");
        assertThat(second.kind()).isEqualTo("批复");
        assertThat(second.date()).isEqualTo(LocalDate.of(2013, 8, 30));
        assertThat(sink.documents.get(0).endLine()).isLessThan(41);
    }

    // ---------------------------------------------------------------- furniture only

    static Stream<Arguments> furnitureOnly() {
        return Stream.of(
                Arguments.of("fujian-2021-changle l.1-7: site name, breadcrumb, news headline, time", """
                        四海资讯

                        首页 > 国内资讯 > 福建新闻

                        省政府批复!同意福州长乐这一地撤镇设街道

                        时间:2021-04-12
                        """),
                Arguments.of("fujian-2021-changle l.25-29: source and links to other news", """
                        来源:福建省人民政府

                          • 上一篇:福州通过省级节水型城市考核验收

                          • 下一篇:注意!4月21日福州将试鸣防空警报
                        """),
                Arguments.of("wuzhou-2003-quhua l.35-39: the digital library's licence notes", """
                        本作品是中華人民共和國的法律法規,國家機關的決議、決定、命令和其他具有立法、行政、司法性質的文件,及其官方正式譯文。根據《中華人民共和國著作權法》第五條,本作品不適用於該法,在中國大陸和其他地區屬於公有領域

                        註:中文維基文庫社群認為,中華人民共和國公務演講,不總是具有立法、行政、司法性質的文件。

                        Public domainPublic domainfalsefalse
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("furnitureOnly")
    void pageFurnitureOnly_givesNoDocument(String page, String text) {
        RecordingSink sink = RecordingSink.parse("furniture.txt", text);

        assertThat(sink.calls).containsExactly("start", "end");
    }

    @Test
    void navigationAndBreadcrumbOfAPage_giveNoDocument() throws IOException {
        // neimenggu-2013-guize l.1-35
        RecordingSink sink = parseHead("neimenggu-2013-guize.txt", 35);

        assertThat(sink.calls).containsExactly("start", "end");
    }

    // ---------------------------------------------------------------- a whole document on one line

    @Test
    void wholeDocumentRunOnOneLine_isOneDocumentWithItsNumberHeadingAndCitation() throws IOException {
        // liaoning-2021-biaoyang l.1: red head, 文号, the heading in three pieces, addressee and body joined by spaces
        RecordingSink sink = parseHead("liaoning-2021-biaoyang.txt", 1);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.docNumber().canonical()).isEqualTo("辽政办发〔2021〕7号");
            assertThat(d.issuers()).containsExactly("辽宁省人民政府办公厅");
            assertThat(d.title()).isEqualTo("关于对2020年落实有关重大政策措施真抓实干成效明显地区、部门和单位予以表扬激励的通报");
            assertThat(d.kind()).isEqualTo("通报");
            assertThat(d.citations()).extracting(Citation::number).contains("辽政办〔2020〕30号");
        });
    }

    @Test
    void lineWithANumberAndATitleButNoAddresseeAfterIt_isNoDocument() {
        RecordingSink sink = RecordingSink.parse("c.txt", """
                辽政办发〔2021〕7号 辽宁省人民政府办公厅关于予以表扬激励的通报 已经印发 请各地遵照执行。
                """);

        assertThat(sink.documents).isEmpty();
    }

    // ---------------------------------------------------------------- a heading glued to its issuer, a signed 公告

    @Test
    void numberThenAHeadingThatGluesItsIssuerToATitleWithout关于_isTheDocumentsHeading() throws IOException {
        // ningxia-2017-yanchi l.1-7: 盐政发〔2017〕40号, then 盐池县人民政府工作规则 (红头 order)
        RecordingSink sink = parseHead("ningxia-2017-yanchi.txt", 7);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("盐政发〔2017〕40号");
            assertThat(d.issuers()).containsExactly("盐池县人民政府");
            assertThat(d.title()).isEqualTo("工作规则");
            assertThat(d.kind()).isEqualTo("规则");
            assertThat(d.citations()).extracting(Citation::title).contains("国务院工作规则", "吴忠市政府工作规则");
        });
    }

    @Test
    void publicNoticeWithNeitherNumberNorAddressee_isFoundByItsIssuersSignature() throws IOException {
        // ningxia-2020-pinkun l.1-21: heading, web dates, one paragraph, 宁夏回族自治区人民政府 and the date
        RecordingSink sink = parseHead("ningxia-2020-pinkun.txt", 21);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber()).isNull();
            assertThat(d.issuers()).containsExactly("宁夏回族自治区人民政府");
            assertThat(d.kind()).isEqualTo("公告");
            assertThat(d.date()).isEqualTo(LocalDate.of(2020, 3, 5));
        });
    }

    @Test
    void signedHeadingOfAKindThatHasAnAddressee_isNoDocumentWithoutIt() throws IOException {
        // the same page with its 公告 made a 通知: a notice is addressed, so heading and signature alone say too little
        List<String> lines = Files.readAllLines(OUTSIDE.resolve("ningxia-2020-pinkun.txt")).stream()
                .map(l -> l.replace("序列的公告", "序列的通知")).toList();

        assertThat(RecordingSink.parse(SourceText.of("pinkun.txt", lines)).documents).isEmpty();
    }

    @Test
    void signatureOfAnotherBody_findsNoDocument() throws IOException {
        List<String> lines = Files.readAllLines(OUTSIDE.resolve("ningxia-2020-pinkun.txt")).stream()
                .map(l -> l.equals("宁夏回族自治区人民政府") ? "宁夏回族自治区扶贫开发领导小组办公室" : l).toList();

        assertThat(RecordingSink.parse(SourceText.of("pinkun.txt", lines)).documents).isEmpty();
    }

    // ---------------------------------------------------------------- neither heading nor 文号

    @Test
    void addresseeUnderFurnitureSignedBelow_withNeitherHeadingNorNumber_isOneDocumentAtTheAddressee() throws IOException {
        // jinan-2017-zhangqiu l.1-27: `|` lines, the addressee, six changes, 濟南市人民政府 and the date
        RecordingSink sink = parseHead("jinan-2017-zhangqiu.txt", 27);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(5);
            assertThat(d.docNumber()).isNull();
            assertThat(d.title()).isEmpty();
            assertThat(d.signers()).containsExactly("濟南市人民政府");
            assertThat(d.date()).isEqualTo(LocalDate.of(2017, 8, 10));
        });
    }

    @Test
    void addresseeBelowProse_isNoDocumentOfItsOwn() {
        RecordingSink sink = RecordingSink.parse("prose.txt", """
                近日,市政府召开常务会议,研究部署有关工作。

                各县区人民政府:

                现将有关事项通知如下。

                某某市人民政府

                2017年8月10日
                """);

        assertThat(sink.documents).isEmpty();
    }

    @Test
    void lineOpeningWithIssuerAndTitleThenAddressee_withoutNumber_isOneDocumentAtThatLine() throws IOException {
        // guangdong-2012-nansha l.1 (traditional, one line): 廣東省人民政府關于…的若幹意見 各地級以上市人民政府,…: 爲深入…
        RecordingSink sink = parseHead("guangdong-2012-nansha.txt", 1);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(1);
            assertThat(d.docNumber()).isNull();
            assertThat(d.title()).isEqualTo("關于支持廣州南沙新區加快開發建設的若幹意見");
        });
    }

    @Test
    void lineOpeningWithTitleWithoutIssuerThenAddressee_isNoDocument() {
        RecordingSink sink = RecordingSink.parse("bare.txt", """
                关于加快开发建设的若干意见 各地级以上市人民政府,省政府各部门: 为深入贯彻有关规划,现提出如下意见:
                """);

        assertThat(sink.documents).isEmpty();
    }

    @Test
    void numberThenTitleWithoutIssuerThenAddressee_isOneDocumentWithThatNumberAndTitle() throws IOException {
        // guangzhou-2011-zhaoshang l.1-7 (traditional): 穗府〔2011〕15號, the title alone, the addressee
        RecordingSink sink = parseHead("guangzhou-2011-zhaoshang.txt", 7);

        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.startLine()).isEqualTo(3);
            assertThat(d.docNumber().canonical()).isEqualTo("穗府〔2011〕15号");
            assertThat(d.title()).isEqualTo("關于進一步加強招商引資促進產業轉型升級的指導意見");
        });
    }

    // ---------------------------------------------------------------- the locator on its own, on a head and two body lines

    private static final String ISSUER = "长治市人民政府";
    private static final String TITLE = "关于加强普通高等学校毕业生就业工作的通知";
    private static final String NUMBER = "长政发〔2021〕3号";
    private static final List<String> BODY = List.of("各县、区人民政府，市直各单位：", "现将有关事项通知如下。");

    /** The documents {@link DocumentLocator} finds in {@code head} followed by an addressee and a sentence. */
    private static List<DocumentLocator.Located> locate(String... head) {
        List<String> lines = new ArrayList<>(List.of(head));
        lines.addAll(BODY);
        return DocumentLocator.locate(SourceText.of("s.txt", lines), List.of());
    }

    @Test
    void locate_headingAboveItsNumberLine_isOneDocumentFromTheIssuerLine() {
        assertThat(locate(ISSUER, TITLE, NUMBER)).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
            assertThat(l.numberLine()).isEqualTo(3);
            assertThat(l.number().canonical()).isEqualTo(NUMBER);
            assertThat(l.printedNumber()).isEqualTo(NUMBER);
            assertThat(l.bracketed()).isFalse();
            assertThat(l.headLine()).isEqualTo(1);
            assertThat(l.firstLine()).isEqualTo(1);
        });
    }

    @Test
    void locate_numberPrintedTwice_isOneDocument() {
        assertThat(locate(ISSUER, TITLE, NUMBER, "", NUMBER)).singleElement()
                .satisfies(l -> assertThat(l.numberLine()).isEqualTo(3));
    }

    @Test
    void locate_numberWithItsLabelAndA签发人Note_isReadWithoutThem() {
        assertThat(DocumentLocator.numberText("发文字号：" + NUMBER)).isEqualTo(NUMBER);
        assertThat(DocumentLocator.numberText("文号: " + NUMBER)).isEqualTo(NUMBER);
        assertThat(DocumentLocator.numberText(NUMBER + "  签发人：张三")).isEqualTo(NUMBER);
        assertThat(DocumentLocator.numberText("  " + NUMBER + " ")).isEqualTo(NUMBER);
        assertThat(locate(ISSUER, TITLE, "文号：" + NUMBER)).singleElement()
                .satisfies(l -> assertThat(l.number().canonical()).isEqualTo(NUMBER));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"10", "29", "……3", "· 1024"})
    void locate_numberFollowedByAPageNumber_isATocEntryAndNoDocument(String page) {
        // the heading over the addressee is still found, without the 文号 of the TOC line
        assertThat(locate(ISSUER, TITLE, NUMBER, page)).noneMatch(l -> l.number() != null);
    }

    @Test
    void locate_numberFollowedByANumberOfFiveDigits_isNoTocEntry() {
        assertThat(locate(ISSUER, TITLE, NUMBER, "12345")).hasSize(1);
    }

    @Test
    void locate_numberInBracketsUnderTheHeading_isABracketedDocument() {
        assertThat(locate(ISSUER, TITLE, "（" + NUMBER + "）")).singleElement().satisfies(l -> {
            assertThat(l.heading().title()).isEqualTo(TITLE);
            assertThat(l.numberLine()).isEqualTo(3);
            assertThat(l.bracketed()).isTrue();
            assertThat(l.number().canonical()).isEqualTo(NUMBER);
        });
    }

    @Test
    void locate_numberInBracketsClosingTheHeadingLine_isABracketedDocument() {
        assertThat(locate(ISSUER + " " + TITLE + "(" + NUMBER + ")")).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 1, List.of(ISSUER), TITLE));
            assertThat(l.bracketed()).isTrue();
        });
    }

    @Test
    void locate_bracketsHoldingNoNumber_orASentenceCitingOne_giveNoDocument() {
        // a heading over the addressee may still be found, never with a bracketed 文号
        assertThat(locate(ISSUER, TITLE, "（试行）")).noneMatch(l -> l.number() != null || l.bracketed());
        assertThat(locate("根据" + ISSUER + TITLE + "（" + NUMBER + "）")).noneMatch(l -> l.number() != null);
        assertThat(locate("根据有关文件的通知", "（" + NUMBER + "）")).noneMatch(l -> l.number() != null);
    }

    @ParameterizedTest(name = "separator {index}")
    @ValueSource(strings = {" ", "\u3000", "\t"})
    void locate_numberAfterTheTitleSetApartBySpace_isADocumentOfThatLine(String separator) {
        assertThat(locate(ISSUER, TITLE + separator + NUMBER)).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
            assertThat(l.numberLine()).isEqualTo(2);
            assertThat(l.bracketed()).isFalse();
        });
    }

    @Test
    void locate_numberGluedToTheTitle_orNotClosingTheLine_givesNoDocumentOfThatLine() {
        assertThat(locate(ISSUER, TITLE + NUMBER)).noneMatch(l -> l.number() != null);
        assertThat(locate(ISSUER, TITLE + " " + NUMBER + "附件")).noneMatch(l -> l.number() != null);
        assertThat(locate("根据" + TITLE + " " + NUMBER)).noneMatch(l -> l.number() != null);
    }

    @Test
    void locate_numberOverAnAddresseeWithNoHeading_isADocumentWithoutTitle() {
        assertThat(locate(NUMBER)).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 1, List.of(), ""));
            assertThat(l.numberLine()).isEqualTo(1);
        });
    }

    @Test
    void locate_redHeadNumberAndHeadingBelow_startsAtTheHeadingWithTheRedHeadAsHeadLine() {
        assertThat(locate(ISSUER + "文件", "", NUMBER, "", ISSUER + " " + TITLE)).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(5, 5, List.of(ISSUER), TITLE));
            assertThat(l.numberLine()).isEqualTo(3);
            assertThat(l.headLine()).isEqualTo(1);
            assertThat(l.firstLine()).isEqualTo(1);
        });
    }

    @Test
    void locate_numberFirstThenTheHeading_startsAtTheNumber() {
        assertThat(locate(NUMBER, ISSUER + " " + TITLE)).singleElement().satisfies(l -> {
            assertThat(l.heading().startLine()).isEqualTo(2);
            assertThat(l.headLine()).isEqualTo(1);
            assertThat(l.firstLine()).isEqualTo(1);
        });
    }

    @Test
    void located_firstLineIsTheEarliestOfHeadingNumberHeadAndMetadata_andMetadataFillsTheNumberOnly() {
        HeadingReader.Heading heading = new HeadingReader.Heading(5, 6, List.of(ISSUER), TITLE);
        DocNumber own = DocNumber.parse(NUMBER).orElseThrow();
        DocNumber other = DocNumber.parse("长政办发〔2021〕9号").orElseThrow();
        PageMetadata block = new PageMetadata(2, 3, other, other.printed(), ISSUER, null, TITLE, 2, null, null);

        assertThat(new DocumentLocator.Located(heading, 7, own, NUMBER, false, null).firstLine()).isEqualTo(5);
        assertThat(new DocumentLocator.Located(heading, 4, own, NUMBER, false, null).firstLine()).isEqualTo(4);
        assertThat(new DocumentLocator.Located(heading, 7, own, NUMBER, false, null, 3).firstLine()).isEqualTo(3);
        assertThat(new DocumentLocator.Located(heading, 7, own, NUMBER, false, null).withMetadata(block))
                .satisfies(l -> {
                    assertThat(l.firstLine()).isEqualTo(2);
                    assertThat(l.number()).isEqualTo(own);
                    assertThat(l.printedNumber()).isEqualTo(NUMBER);
                    assertThat(l.metadata()).isEqualTo(block);
                });
        assertThat(new DocumentLocator.Located(heading, 5, null, null, false, null).withMetadata(block))
                .satisfies(l -> {
                    assertThat(l.number()).isEqualTo(other);
                    assertThat(l.printedNumber()).isEqualTo(other.printed());
                });
    }

    @Test
    void opensLikeProse_looksAtTheIssuerFirst_andAtTheTitleWithoutOne() {
        assertThat(DocumentLocator.opensLikeProse(new HeadingReader.Heading(1, 1, List.of(), "根据" + TITLE))).isTrue();
        assertThat(DocumentLocator.opensLikeProse(new HeadingReader.Heading(1, 1, List.of(), TITLE))).isFalse();
        assertThat(DocumentLocator.opensLikeProse(new HeadingReader.Heading(1, 1, List.of(ISSUER), "根据" + TITLE))).isFalse();
    }

    @Test
    void blankLineWalks_stopAtTheFirstTextLine_orTheFileEdge() {
        SourceText s = SourceText.of("s.txt", List.of(ISSUER, "", "", TITLE, ""));

        assertThat(DocumentLocator.previousNonBlank(s, 3)).isEqualTo(1);
        assertThat(DocumentLocator.previousNonBlank(s, 1)).isEqualTo(1);
        assertThat(DocumentLocator.previousNonBlank(s, 0)).isZero();
        assertThat(DocumentLocator.lastNonBlank(s, 1, 5)).isEqualTo(4);
        assertThat(DocumentLocator.lastNonBlank(s, 1, 3)).isEqualTo(1);
    }

    @Test
    void metadataWalks_passOverMetadataRowsUpToTheFloor() {
        SourceText s = SourceText.of("s.txt", List.of(TITLE, "发文机关：" + ISSUER, "", "发布日期：2021-03-01", NUMBER,
                "成文日期：2021-02-26", "", ISSUER + " " + TITLE, "各县、区人民政府："));

        assertThat(DocumentLocator.aboveMetadata(s, 5, 1)).isEqualTo(2);
        assertThat(DocumentLocator.aboveMetadata(s, 5, 3)).isEqualTo(4);
        assertThat(DocumentLocator.aboveMetadata(s, 5, 5)).isEqualTo(5);
        assertThat(DocumentLocator.belowMetadata(s, 5)).isEqualTo(6);
        assertThat(DocumentLocator.belowMetadata(s, 8)).isEqualTo(8);
    }

    // ---------------------------------------------------------------- found by the addressee (AddresseeDocuments)

    @Test
    void locate_headingOverItsAddresseeWithoutNumber_isADocumentEndingAtTheHeading() {
        assertThat(locate(ISSUER, TITLE)).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
            assertThat(l.numberLine()).isEqualTo(2);
            assertThat(l.number()).isNull();
            assertThat(l.printedNumber()).isNull();
        });
    }

    @Test
    void locate_threeWidgetLinesBetweenHeadingAndAddressee_arePassedOver_andFourAreNot() {
        // section labels of a page: neither heading text nor furniture, so no metadata walk passes over them
        assertThat(locate(ISSUER, TITLE, "【政务公开】", "", "【专题专栏】", "", "【文件库】")).hasSize(1);
        assertThat(locate(ISSUER, TITLE, "【政务公开】", "", "【专题专栏】", "", "【文件库】", "", "【市政府文件】")).isEmpty();
    }

    @Test
    void locate_lineOfTwentyCharactersBetweenHeadingAndAddressee_isPassedOver_andOfTwentyOneIsNot() {
        String twenty = "【" + "政务公开专栏".repeat(3) + "】";

        assertThat(twenty).hasSize(20);
        assertThat(locate(ISSUER, TITLE, twenty)).hasSize(1);
        assertThat(locate(ISSUER, TITLE, "【" + "政务公开专栏".repeat(3) + "栏】")).isEmpty();
    }

    @Test
    void locate_sentenceBetweenHeadingAndAddressee_keepsThemApart() {
        assertThat(locate(ISSUER, TITLE, "经研究，现通知如下。")).isEmpty();
    }

    // ---------------------------------------------------------------- found by the signature (SignedDocuments)

    private static final String NOTICE = "关于进一步加强森林防火工作的公告";
    private static final String SIGNED = "2020年3月5日";

    private static List<DocumentLocator.Located> locateLines(List<String> lines) {
        return DocumentLocator.locate(SourceText.of("s.txt", lines), List.of());
    }

    /** A 公告 of {@code ISSUER}: heading, {@code paragraphs} lines of text, the signing body, {@code gap} blank lines, the date. */
    private static List<String> notice(int paragraphs, int gap) {
        List<String> lines = new ArrayList<>(List.of(ISSUER, NOTICE));
        for (int i = 0; i < paragraphs; i++) {
            lines.add("现将森林防火有关事项公告如下。");
        }
        lines.add(ISSUER);
        for (int i = 0; i < gap; i++) {
            lines.add("");
        }
        lines.add(SIGNED);
        return lines;
    }

    @Test
    void locate_publicNoticeSignedByTheIssuerItsHeadingNames_isADocument() {
        assertThat(locateLines(notice(1, 0))).singleElement().satisfies(l -> {
            assertThat(l.heading()).isEqualTo(new HeadingReader.Heading(1, 2, List.of(ISSUER), NOTICE));
            assertThat(l.numberLine()).isEqualTo(2);
            assertThat(l.number()).isNull();
        });
    }

    @Test
    void locate_threeBlankLinesBetweenSignerAndDate_areCrossed_andFourAreNot() {
        assertThat(locateLines(notice(1, 3))).hasSize(1);
        assertThat(locateLines(notice(1, 4))).isEmpty();
    }

    @Test
    void locate_headingEightyLinesAboveTheSigner_isReached_andEightyOneIsNot() {
        // the title on line 2, the signer on line 2 + 1 + paragraphs
        assertThat(locateLines(notice(79, 0))).hasSize(1);
        assertThat(locateLines(notice(80, 0))).isEmpty();
    }

    @Test
    void locate_noticeSignedByAnotherBody_orWithoutADate_isNoDocument() {
        List<String> other = new ArrayList<>(notice(1, 0));
        other.set(3, "长治市财政局");
        List<String> undated = new ArrayList<>(notice(1, 0));
        undated.set(4, "现将有关事项公告如下。");

        assertThat(locateLines(other)).isEmpty();
        assertThat(locateLines(undated)).isEmpty();
    }

    @Test
    void locate_noticeInsideADocumentNotYetSigned_belongsToIt_andAfterItsSignatureIsADocumentOfItsOwn() {
        List<String> enclosing = new ArrayList<>(List.of(ISSUER, TITLE, NUMBER, BODY.get(0), BODY.get(1)));
        List<String> inside = new ArrayList<>(enclosing);
        inside.addAll(notice(1, 0));
        List<String> after = new ArrayList<>(enclosing);
        after.addAll(List.of(ISSUER, "2020年3月1日"));
        after.addAll(notice(1, 0));

        assertThat(locateLines(inside)).extracting(l -> l.heading().title()).containsExactly(TITLE);
        assertThat(locateLines(after)).extracting(l -> l.heading().title()).containsExactly(TITLE, NOTICE);
    }

    @Test
    void locate_numberFollowedByAPageNumberOnTheFilesLastLine_isATocEntryAndNoDocument() {
        assertThat(locateLines(List.of(ISSUER, TITLE, NUMBER, "12"))).isEmpty();
        assertThat(locateLines(List.of(ISSUER, TITLE, NUMBER))).hasSize(1);
    }
}
