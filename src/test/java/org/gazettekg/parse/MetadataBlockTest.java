package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The metadata blocks of government web pages, read from the pages of the outside corpora (src/test/resources/outside
 * and shared/outside): bullets (ali), {@code |} tables (nanjing), run-on lines with colons (taihu) and without
 * (neimenggu, zhejiang, xian), label value lines (pudong). Line numbers in comments are the corpus file's.
 */
class MetadataBlockTest {

    private static List<PageMetadata> read(String text) {
        return MetadataBlock.read(SourceText.of("page.txt", text.lines().toList()));
    }

    @Test
    void bulletLines_giveNumberIssuerAndTitleWithItsLine() {
        // ali-2021-guize l.1-13
        List<PageMetadata> blocks = read("""
                - 索引号:dqxs/2021-00016

                - 发文字号:阿行发〔2021〕42号

                - 发文机构:地区行署

                - 名 称:阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知

                - 公文种类 :其他

                - 发布日期:2021-12-22 17:45

                阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(1);
            assertThat(b.endLine()).isEqualTo(11);
            assertThat(b.number().canonical()).isEqualTo("阿行发〔2021〕42号");
            assertThat(b.printedNumber()).isEqualTo("阿行发〔2021〕42号");
            assertThat(b.issuer()).isEqualTo("地区行署");
            assertThat(b.title()).isEqualTo("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知");
            assertThat(b.titleLine()).isEqualTo(7);
            assertThat(b.written()).isNull();
            assertThat(b.generated()).isNull();
        });
    }

    @Test
    void tableRowsWithSpacedLabels_giveNumberIssuerTitleAndGenerationDate() {
        // nanjing-2023-docs l.21-37
        List<PageMetadata> blocks = read("""
                ——坚持统筹节约、突出重点。科学合理制定计划,统筹兼顾全方位、全链条、全过程燃气风险管控,突出重点场所用户端燃气

                | 索 引 号: | 012947031/2026-12388 | 信息分类: | 综合政务 / 宁政发 / 通知 |

                | 发布机构: | 南京市人民政府 | 生成日期: | 2026-02-08 |

                | 生效日期: | 失效日期: | ||

                | 废止日期: | 是否修改: | 否 | |

                | 信息名称: | 市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知 | ||

                | 文 号: | 宁政发〔2026〕16号 | 关 键 词: | 2026年;工作目标任务;分解落实方案;通知 |

                | 内容概览: | |||

                市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(3);
            assertThat(b.endLine()).isEqualTo(15);
            assertThat(b.number().canonical()).isEqualTo("宁政发〔2026〕16号");
            assertThat(b.publisher()).isEqualTo("南京市人民政府");
            assertThat(b.title()).isEqualTo("市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知");
            assertThat(b.titleLine()).isEqualTo(11);
            assertThat(b.written()).isNull();
            assertThat(b.generated()).isEqualTo(LocalDate.of(2026, 2, 8));
            assertThat(b.documentDate()).isEqualTo(LocalDate.of(2026, 2, 8));
        });
    }

    @Test
    void runOnLinesWithoutColonsAndSpacedLabels_giveNumberIssuerAndWrittenDate() {
        // neimenggu-2013-guize l.35-45: two label/value pairs on a line, 索 引 号 empty, 文  号 spaced out
        List<PageMetadata> blocks = read("""
                当前位置:首页 > 内蒙古自治区人民政府办公厅 > 政务公开 > 自治区文件

                索 引 号 主题分类 综合政务 \\ 其他

                发布机构 自治区人民政府 文  号 内政发〔2013〕62号

                成文日期 2013-07-02

                内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知

                发布日期:2013-07-02 12:41 信息来源:自治区人民政府办公厅
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(3);
            assertThat(b.endLine()).isEqualTo(7);
            assertThat(b.number().canonical()).isEqualTo("内政发〔2013〕62号");
            assertThat(b.publisher()).isEqualTo("自治区人民政府");
            assertThat(b.title()).isNull();
            assertThat(b.written()).isEqualTo(LocalDate.of(2013, 7, 2));
        });
    }

    @Test
    void runOnLineWithoutColons_givesNumberAndIgnoresPublicationDate() {
        // xian-2021-huyi l.1-5: the page address glued to the label, 发布日期 with a time
        List<PageMetadata> blocks = read("""
                西安市鄠邑区人民政府关于撤销祖庵等6个镇建制设立相应街道的批复

                http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html发文字号 鄠政发〔2021〕1号 发布日期 2021-02-07 09:54

                祖庵、渭丰、涝店、甘河、蒋村、石井镇人民政府:
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(3);
            assertThat(b.endLine()).isEqualTo(3);
            assertThat(b.number().canonical()).isEqualTo("鄠政发〔2021〕1号");
            assertThat(b.written()).isNull();
            assertThat(b.generated()).isNull();
            assertThat(b.documentDate()).isNull();
            assertThat(b.published()).as("a bound on the document's date").isEqualTo(LocalDate.of(2021, 2, 7));
        });
    }

    @Test
    void runOnLinesWithColonsAndAnEmptyNumber_giveIssuerAndGenerationDateButNoNumber() {
        // taihu-2019-guize l.1-9: "文号:" empty, 发文日期 the same day as 生成日期 but never kept
        List<PageMetadata> blocks = read("""
                首页 > 太湖县人民政府办公室信息公开 > 信息浏览

                索引号: 003129766/201901-00336 组配分类: 规范性文件发布

                信息分类: 通知   发布机构: 太湖县人民政府办公室

                生成日期: 2019-01-23 文号:

                发文日期: 2019-01-23 生效时间: 2019-01-23
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.number()).isNull();
            assertThat(b.printedNumber()).isNull();
            assertThat(b.publisher()).isEqualTo("太湖县人民政府办公室");
            assertThat(b.written()).isNull();
            assertThat(b.generated()).isEqualTo(LocalDate.of(2019, 1, 23));
        });
    }

    @Test
    void runOnLineOpenedByAnUnlistedLabel_stillGivesTheTitleItHolds() {
        // taihu-2019-guize l.1-17
        List<PageMetadata> blocks = read("""
                首页 > 太湖县人民政府办公室信息公开 > 信息浏览

                索引号: 003129766/201901-00336 组配分类: 规范性文件发布

                信息分类: 通知   发布机构: 太湖县人民政府办公室

                生成日期: 2019-01-23 文号:

                发文日期: 2019-01-23 生效时间: 2019-01-23

                废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知

                信息来源: 关键词:

                浏览次数: 590 内容概述:

                太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知");
            assertThat(b.titleLine()).isEqualTo(11);
        });
    }

    @Test
    void labelValueLinesWithoutColons_giveTheFileNumberAndStopBeforeTheGarbledBodyNumber() {
        // pudong-2022-guize l.1-15: 文件编号 is a number label; 发布时间 is not the document's date
        List<PageMetadata> blocks = read("""
                浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知

                索引号 SY-310115-2022-00371

                文件编号 浦府〔2022〕1号

                发布机构 区政府

                公开类别 主动公开

                发布时间 2022-01-29

                浦府〔20221

                浦东新区人民政府关于印发
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(3);
            assertThat(b.endLine()).isEqualTo(11);
            assertThat(b.number().canonical()).isEqualTo("浦府〔2022〕1号");
            assertThat(b.publisher()).isEqualTo("区政府");
            assertThat(b.documentDate()).isNull();
            assertThat(b.published()).isEqualTo(LocalDate.of(2022, 1, 29));
        });
    }

    @Test
    void labelOnALineOfItsOwn_takesItsValueFromTheNextLine() {
        // the rows of nanjing-2023-docs l.25-33, each label and value printed on lines of their own
        List<PageMetadata> blocks = read("""
                发布机构:

                南京市人民政府

                文 号:

                宁政发〔2026〕16号

                信息名称:

                市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(1);
            assertThat(b.endLine()).isEqualTo(11);
            assertThat(b.publisher()).isEqualTo("南京市人民政府");
            assertThat(b.number().canonical()).isEqualTo("宁政发〔2026〕16号");
            assertThat(b.title()).isEqualTo("市政府关于印发《2026年市政府主要工作目标任务分解落实方案》的通知");
            assertThat(b.titleLine()).isEqualTo(11);
        });
    }

    @Test
    void valueUnderALabelAlone_isPartOfTheBlock_butATitleUnderAnEmptyLabelIsNot() {
        // shaanxi-2024-zhenba l.12-28 (src/test/resources/outside): the page's 发文机构 is its website; the body heading
        // follows • 内容概述:, whose value the page leaves empty
        SourceText source = SourceText.of("page.txt", """
                  • 发文机构:

                    县政府网站
                  • 发文字号:

                    镇政发〔2024〕7号
                  • 内容概述:

                镇巴县人民政府工作规则
                """.lines().toList());

        assertThat(MetadataBlock.isMetadataLine(source, 3)).as("value of 发文机构").isTrue();
        assertThat(MetadataBlock.isMetadataLine(source, 6)).as("value of 发文字号").isTrue();
        assertThat(MetadataBlock.isMetadataLine(source, 9)).as("the body heading").isFalse();
    }

    @Test
    void runOnLineWithOnlyEmptyValuesAndAPublicationDate_givesNoBlock() {
        // muding-2017-yingji l.5-9: 文  号: and 成文日期: empty, 发文日期 filled
        List<PageMetadata> blocks = read("""
                牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知

                索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:

                牟政办发〔201746
                """);

        assertThat(blocks).isEmpty();
    }

    @Test
    void publishingBodyThatIsNoBodyName_isDropped_numberAndWrittenDateKept() {
        // zhejiang-2011-docs l.1-7: 发布机构 names a web column, not a body
        List<PageMetadata> blocks = read("""
                索引号 001008003004034/2011-204477 主题分类 综合类

                文号 瑞政办〔2011〕129号 发布机构 市市级机关事务管理局信息公开

                成文日期 2011-09-01 有效性

                瑞政办(2011)129号 转发温州市推行说理性行政处罚文书指导意见及操作规范的通知
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.issuer()).isNull();
            assertThat(b.number().canonical()).isEqualTo("瑞政办〔2011〕129号");
            assertThat(b.written()).isEqualTo(LocalDate.of(2011, 9, 1));
            assertThat(b.endLine()).isEqualTo(5);
        });
    }

    @Test
    void damagedNumberInTheBlock_isKeptAsPrinted() {
        // the 文号 of gansu-2021-xiaozhen l.5 (甘发改规划〔〕号, its year lost) and its lead body in label: value rows
        List<PageMetadata> blocks = read("""
                发文字号:甘发改规划〔〕号

                发布机构:甘肃省发展和改革委员会
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.number()).isNull();
            assertThat(b.printedNumber()).isEqualTo("甘发改规划〔〕号");
            assertThat(b.publisher()).isEqualTo("甘肃省发展和改革委员会");
        });
    }

    @Test
    void publicationLinesAlone_giveNoBlock() {
        // neimenggu-2013-guize l.45, xinjiang-2020-jiuye l.9, dongguan-2021-jiuye l.5 (read in simplified)
        List<PageMetadata> blocks = read("""
                发布日期:2013-07-02 12:41 信息来源:自治区人民政府办公厅

                来源:新疆政府网 发布时间:2020年03月25日 11:31 浏览次数:

                时间 : 2019-12-22 22:43:36 来源 : 东莞市人民政府
                """);

        assertThat(blocks).isEmpty();
    }

    @Test
    void labelsInLenticularBrackets_giveNumberAndIssuer_andTheDatabasesDefaultDatesNone() {
        // tianjin-2009-binhai l.5-13 (src/test/resources/outside/corpus): a law database's 【label】 value lines
        List<PageMetadata> blocks = read("""
                【颁发部门】 国务院

                【发文字号】 国函[2009]125号

                【颁发时间】 1970-08-21

                【实施时间】 1970-08-21

                【效力属性】 有效
                """);

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.startLine()).isEqualTo(1);
            assertThat(b.endLine()).isEqualTo(9);
            assertThat(b.number().canonical()).isEqualTo("国函〔2009〕125号");
            assertThat(b.issuer()).isEqualTo("国务院");
            assertThat(b.written()).isNull();
            assertThat(b.generated()).isNull();
            assertThat(b.published()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "【发文字号】 国函[2009]125号",
            "发布机构 自治区人民政府 文  号 内政发〔2013〕62号",
            "| 文 号: | 宁政发〔2026〕16号 | 关 键 词: | 2026年;工作目标任务;分解落实方案;通知 |",
            "- 发文字号:阿行发〔2021〕42号",
            "成文日期 2013-07-02",
            "文件编号 浦府〔2022〕1号"})
    void labelledLine_isMetadata(String line) {
        assertThat(MetadataBlock.isMetadataText(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "内蒙古自治区人民政府关于印发《内蒙古自治区人民政府工作规则》的通知",
            "各盟行政公署、市人民政府,各旗县人民政府,自治区各委、办、厅、局,各大企业、事业单位:",
            "  《内蒙古自治区人民政府工作规则》已经2013年6月17日自治区人民政府第五次常务会议审议通过,现予印发。",
            "浦府〔20221",
            "2013年7月2日",
            ""})
    void headingSentenceOrNumber_isNotMetadata(String line) {
        assertThat(MetadataBlock.isMetadataText(line)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "2017年06月28日 => 2017-06-28",
            "2026-02-08 => 2026-02-08",
            "2021-02-07 09:54 => 2021-02-07",
            "2011- 09- 01 14: 58: 15 => 2011-09-01",
            "二○一○年四月三十日 => 2010-04-30",
            "二〇〇三年一月二日 => 2003-01-02"})
    void dateValue_isRead(String value, LocalDate date) {
        assertThat(MetadataBlock.date(value)).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"", "无", "2021-02-30", "综合政务 \\ 其他", "2022128"})
    void valueThatIsNoDate_givesNull(String value) {
        assertThat(MetadataBlock.date(value)).isNull();
    }
}
