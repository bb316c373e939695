package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link LineFacts}: each answer, kept after the first question, is the answer of the reader it
 * stands for.
 */
class LineFactsTest {

    private static final List<String> LINES = List.of(
            "首页 > 政务公开 > 文件库", "【打印】 【关闭】", "浏览次数：123", "版权所有：长治市人民政府",
            "https://www.changzhi.gov.cn/xxgk", "来源：市政府办公室", "发文字号：长政发〔2021〕3号",
            "索 引 号：11140400MB1957033D/2021-00012", "成文日期：2021-01-05 发布日期：2021-01-08",
            "各县、区人民政府，市直各有关单位：", "关于印发长治市深化改革方案的通知", "长政办发〔2020〕10号",
            "牟政办发〔201746", "关于做好春节工作的通知 ...... 12", "　　为进一步做好就业工作，现将有关事项通知如下：",
            "文号：晋政发〔2019〕1号 签发人：张三", "", "   ");

    @Test
    void everyAnswer_isTheReadersOwn() {
        SourceText source = SourceText.of("facts.txt", LINES);
        LineFacts facts = source.facts();
        for (int n = 1; n <= LINES.size(); n++) {
            String line = LINES.get(n - 1);
            String plain = TextLines.plain(line);
            for (int asked = 0; asked < 2; asked++) {
                assertThat(facts.is(LineFacts.Question.FURNITURE, n)).as("furniture %s", line).isEqualTo(PageFurniture.is(plain));
                assertThat(facts.is(LineFacts.Question.METADATA, n)).as("metadata %s", line)
                        .isEqualTo(MetadataBlock.isMetadataText(line));
                assertThat(facts.is(LineFacts.Question.TOC, n)).as("toc %s", line).isEqualTo(ReferenceText.isTocLine(line));
                assertThat(facts.is(LineFacts.Question.ADDRESSEE, n)).as("addressee %s", line)
                        .isEqualTo(AddresseeDocuments.isAddressee(plain));
                assertThat(facts.is(LineFacts.Question.HEADING, n)).as("heading %s", line)
                        .isEqualTo(HeadingText.isHeadingText(plain));
                assertThat(facts.numberText(n)).isEqualTo(DocumentLocator.numberText(line));
                assertThat(facts.number(n)).isEqualTo(DocNumber.parse(DocumentLocator.numberText(line)));
                assertThat(facts.isBrokenNumber(n)).isEqualTo(DocNumber.isBroken(DocumentLocator.numberText(line)));
            }
        }
    }

    @Test
    void sampleLines_getTheExpectedAnswers() {
        SourceText source = SourceText.of("facts.txt", LINES);
        LineFacts facts = source.facts();
        assertThat(facts.is(LineFacts.Question.FURNITURE, 1)).isTrue();
        assertThat(facts.is(LineFacts.Question.FURNITURE, 4)).isTrue();
        assertThat(facts.is(LineFacts.Question.METADATA, 8)).isTrue();
        assertThat(facts.is(LineFacts.Question.METADATA, 15)).isFalse();
        assertThat(facts.is(LineFacts.Question.ADDRESSEE, 10)).isTrue();
        assertThat(facts.is(LineFacts.Question.TOC, 14)).isTrue();
        assertThat(facts.number(12)).map(DocNumber::canonical).contains("长政办发〔2020〕10号");
        assertThat(facts.numberText(16)).isEqualTo("晋政发〔2019〕1号");
        assertThat(facts.isBrokenNumber(13)).isTrue();
    }
}
