package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What it takes for a line to be heading text ({@link HeadingText}), and a heading line between book-title marks. */
class HeadingTextTest {

    private static final String ISSUER = "长治市人民政府";
    private static final String TITLE = "关于加强普通高等学校毕业生就业工作的通知";

    // ---------------------------------------------------------------- heading text

    @Test
    void isHeadingText_titleLine_isHeadingText() {
        assertThat(HeadingText.isHeadingText(TITLE)).isTrue();
        assertThat(HeadingText.isHeadingText(ISSUER)).isTrue();
    }

    @Test
    void isHeadingText_lineOf160Characters_isHeadingText_andOf161IsNot() {
        String opening = "关于";
        String ending = "的通知";

        assertThat(HeadingText.isHeadingText(opening + "甲".repeat(155) + ending)).isTrue();
        assertThat(HeadingText.isHeadingText(opening + "甲".repeat(156) + ending)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "长治市人民政府\t关于加强就业工作的通知",      // a table cell
            "关于加强就业工作的通知|长政发〔2021〕3号",      // a table row
            "|关于加强就业工作的通知",                      // a table row's first cell
            "现将有关事项通知如下：",                       // a sentence
            "一、总体要求",                                  // an enumeration
            "（试行）",                                      // a bracketed note alone
            "【市政府文件】",                                // a section label
            "关于加强就业工作的通知......12",                 // a TOC entry
            "关于2021年3月1日会议安排的通知",                // a full date
            "长治市人民政府公报",                            // a running head
            "分享",                                          // page furniture
            "二〇二一年三月一日",                            // a signature date
            "长政发〔2021〕3号关于加强就业工作的通知",       // a line opening with a 文号
            "国办发〔〕33号",                               // a damaged 文号
            "发文机关：长治市人民政府"})                     // a metadata row
    void isHeadingText_lineThatIsNoHeading_isNoHeadingText(String line) {
        assertThat(HeadingText.isHeadingText(line)).isFalse();
    }

    @Test
    void isHeadingText_emptyLine_isNoHeadingText() {
        assertThat(HeadingText.isHeadingText("")).isFalse();
    }

    // ---------------------------------------------------------------- book-title marks

    @Test
    void unwrapped_headingBetweenBookTitleMarks_losesThem_andAnyOtherLineIsKept() {
        assertThat(HeadingText.unwrapped("《北京市人民政府办公厅关于印发〈要点〉的通知》"))
                .isEqualTo("北京市人民政府办公厅关于印发〈要点〉的通知");
        assertThat(HeadingText.unwrapped("《甲》")).isEqualTo("甲");
        assertThat(HeadingText.unwrapped("《》")).isEqualTo("《》");
        assertThat(HeadingText.unwrapped("《甲》的《乙》")).isEqualTo("《甲》的《乙》");
        assertThat(HeadingText.unwrapped("《甲》乙》")).isEqualTo("《甲》乙》");
        assertThat(HeadingText.unwrapped("《甲的通知")).isEqualTo("《甲的通知");
        assertThat(HeadingText.unwrapped("甲的通知》")).isEqualTo("甲的通知》");
    }
}
