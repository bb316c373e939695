package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The headings {@link HeadingReader} reads above and below a 文号 line, on the layouts of the gazettes and pages of
 * the corpora (issuer line over a wrapped title, red head with the 文号 and the heading under it).
 */
class HeadingReaderTest {

    private static final String ISSUER = "长治市人民政府";
    private static final String TITLE = "关于加强普通高等学校毕业生就业工作的通知";
    private static final String NUMBER = "长政发〔2021〕3号";
    /** Body lines after the head: they make the file single-spaced, whatever blank lines the head holds. */
    private static final List<String> BODY = List.of("各县、区人民政府，市直各单位：", "现将有关事项通知如下。", "一、总体要求", "二、工作措施");

    private static SourceText source(List<String> head) {
        List<String> lines = new ArrayList<>(head);
        lines.addAll(BODY);
        return SourceText.of("s.txt", lines);
    }

    private static HeadingReader.Heading heading(List<String> issuers, String title) {
        return new HeadingReader.Heading(1, 1, issuers, title);
    }

    // ---------------------------------------------------------------- titled headings and red heads

    @Test
    void isTitled_kindWordLastAndIssuerOr关于First() {
        assertThat(HeadingReader.isTitled(heading(List.of(), TITLE))).isTrue();
        assertThat(HeadingReader.isTitled(heading(List.of(ISSUER), "加强就业工作的通知"))).isTrue();
        assertThat(HeadingReader.isTitled(heading(List.of(), "加强就业工作的通知"))).isFalse();
        assertThat(HeadingReader.isTitled(heading(List.of(ISSUER), "关于加强就业工作"))).isFalse();
    }

    @Test
    void isRedHead_bodyFollowedBy文件_onOneLineOrTwo() {
        assertThat(HeadingReader.isRedHead(heading(List.of(), "长治市人民政府文件"))).isTrue();
        assertThat(HeadingReader.isRedHead(heading(List.of("新疆维吾尔自治区人民政府"), "文件"))).isTrue();
        assertThat(HeadingReader.isRedHead(heading(List.of(), "关于转发学习文件"))).isFalse();
        assertThat(HeadingReader.isRedHead(heading(List.of(ISSUER), "长治市人民政府文件"))).isFalse();
        assertThat(HeadingReader.isRedHead(heading(List.of(), TITLE))).isFalse();
    }

    // ---------------------------------------------------------------- above the 文号

    @Test
    void above_issuerLineOverTheTitle_givesIssuerAndTitle() {
        SourceText s = source(List.of(ISSUER, TITLE, NUMBER));

        assertThat(HeadingReader.above(s, 3, 1)).contains(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
    }

    @Test
    void above_titleWrappedOverTwoLines_isJoined() {
        SourceText s = source(List.of(ISSUER, "关于加强普通高等学校", "毕业生就业工作的通知", NUMBER));

        assertThat(HeadingReader.above(s, 4, 1)).contains(new HeadingReader.Heading(1, 3, List.of(ISSUER), TITLE));
    }

    @Test
    void above_floorBelowTheIssuer_leavesTheIssuerOut() {
        SourceText s = source(List.of(ISSUER, TITLE, NUMBER));

        assertThat(HeadingReader.above(s, 3, 2)).contains(new HeadingReader.Heading(2, 2, List.of(), TITLE));
        assertThat(HeadingReader.above(s, 3, 3)).isEmpty();
    }

    @Test
    void above_titleOfFourLines_isWhole_andOfFiveLinesKeepsTheLastFour() {
        SourceText four = source(List.of("关于加强普通", "高等学校毕业生", "就业工作", "的通知", NUMBER));
        SourceText five = source(List.of("关于加强普通", "高等学校", "毕业生", "就业工作", "的通知", NUMBER));

        assertThat(HeadingReader.above(four, 5, 1)).map(HeadingReader.Heading::startLine).contains(1);
        assertThat(HeadingReader.above(five, 6, 1)).map(HeadingReader.Heading::startLine).contains(2);
    }

    @Test
    void above_twoBlankLinesBeforeTheNumber_areCrossed_andThreeAreNot() {
        SourceText two = source(List.of(ISSUER, TITLE, "", "", NUMBER));
        SourceText three = source(List.of(ISSUER, TITLE, "", "", "", NUMBER));

        assertThat(HeadingReader.above(two, 5, 1)).map(HeadingReader.Heading::title).contains(TITLE);
        assertThat(HeadingReader.above(three, 6, 1)).isEmpty();
    }

    @Test
    void above_pageNumberPrintedBetweenTheTitleAndTheNumber_isPassedOver() {
        SourceText s = source(List.of(ISSUER, TITLE, "", "", "— 12 —", "", "", NUMBER));

        assertThat(HeadingReader.above(s, 8, 1)).contains(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
    }

    @Test
    void above_sentenceOverTheNumber_isNoHeading() {
        SourceText s = source(List.of("现将有关事项通知如下：", NUMBER));

        assertThat(HeadingReader.above(s, 2, 1)).isEmpty();
        assertThat(HeadingReader.above(s, 1, 1)).isEmpty();
    }

    @Test
    void above_titleWrappedAfterAnEnumerationComma_isJoined_butACommaCannotEndIt() {
        SourceText wrapped = source(List.of("关于调整尧都区", "洪洞县、", "浮山县划界的批复", NUMBER));
        SourceText endingWithComma = source(List.of("关于尧都区、", NUMBER));

        assertThat(HeadingReader.above(wrapped, 4, 1)).map(HeadingReader.Heading::title).contains("关于调整尧都区洪洞县、浮山县划界的批复");
        assertThat(HeadingReader.above(endingWithComma, 2, 1)).isEmpty();
    }

    @Test
    void above_noteOnALineOfItsOwn_endsTheTitle() {
        SourceText s = source(List.of(ISSUER, "关于印发就业工作办法", "（试行）", NUMBER));

        assertThat(HeadingReader.above(s, 4, 1)).map(HeadingReader.Heading::title).contains("关于印发就业工作办法（试行）");
    }

    @Test
    void above_jointIssuersStackedOverTheTitle_areAllIssuers() {
        SourceText s = source(List.of("长治市人民政府办公室", "长治市财政局", TITLE, NUMBER));

        assertThat(HeadingReader.above(s, 4, 1)).hasValueSatisfying(h -> {
            assertThat(h.startLine()).isEqualTo(1);
            assertThat(h.issuers()).containsExactlyInAnyOrder("长治市人民政府办公室", "长治市财政局");
            assertThat(h.title()).isEqualTo(TITLE);
        });
    }

    @Test
    void above_forwardingVerbWrappedBefore关于_isPartOfTheTitle() {
        SourceText s = source(List.of("转发省人社厅等部门", "关于做好就业工作的意见的通知", NUMBER));

        assertThat(HeadingReader.above(s, 3, 1)).map(HeadingReader.Heading::title)
                .contains("转发省人社厅等部门关于做好就业工作的意见的通知");
    }

    @Test
    void above_lineAboveATitleThatOpensWith关于_isNotPartOfIt() {
        SourceText s = source(List.of("就业工作专栏", TITLE, NUMBER));

        assertThat(HeadingReader.above(s, 3, 1)).contains(new HeadingReader.Heading(2, 2, List.of(), TITLE));
    }

    // ---------------------------------------------------------------- under the 文号 (红头 order)

    @Test
    void below_headingThatNamesItsIssuer_isRead_fromTheHeadsFirstLineOn() {
        SourceText s = source(List.of(ISSUER + "文件", NUMBER, ISSUER + " " + TITLE));

        HeadingReader.Heading expected = new HeadingReader.Heading(3, 3, List.of(ISSUER), TITLE);
        assertThat(HeadingReader.below(s, 2, 1)).contains(expected);
        assertThat(HeadingReader.below(s, 2, 3)).contains(expected);
        assertThat(HeadingReader.below(s, 2, 4)).isEmpty();
    }

    @Test
    void below_issuerGluedToATitleWithout关于_isSplitOff() {
        SourceText s = source(List.of(NUMBER, "盐池县人民政府工作规则"));

        assertThat(HeadingReader.below(s, 1, 1)).contains(new HeadingReader.Heading(2, 2, List.of("盐池县人民政府"), "工作规则"));
    }

    @Test
    void below_titleWrappedAfterAKindWord_goesOnToTheLineThatCloses() {
        SourceText opensWith的 = source(List.of(NUMBER, ISSUER + " 关于印发就业工作实施方案", "的通知"));
        SourceText shortLine = source(List.of(NUMBER, ISSUER + " 关于印发就业工作", "实施方案的通知"));
        SourceText longLine = source(List.of(NUMBER, ISSUER + " 关于印发就业工作方案", "高等学校就业实施方案的通知"));

        assertThat(HeadingReader.below(opensWith的, 1, 1)).map(HeadingReader.Heading::title)
                .contains("关于印发就业工作实施方案的通知");
        assertThat(HeadingReader.below(shortLine, 1, 1)).map(HeadingReader.Heading::title)
                .contains("关于印发就业工作实施方案的通知");
        assertThat(HeadingReader.below(longLine, 1, 1)).map(HeadingReader.Heading::title)
                .contains("关于印发就业工作方案");
    }

    @Test
    void below_titleWithoutIssuer_isNoHeading_butUnderARedHeadTakesItsBody() {
        SourceText s = source(List.of(ISSUER + "文件", NUMBER, TITLE));

        assertThat(HeadingReader.below(s, 2, 1)).isEmpty();
        assertThat(HeadingReader.belowRedHead(s, 2, 1, heading(List.of(), ISSUER + "文件")))
                .contains(new HeadingReader.Heading(3, 3, List.of(ISSUER), TITLE));
        assertThat(HeadingReader.belowRedHead(s, 2, 1, heading(List.of(ISSUER), "文件")))
                .contains(new HeadingReader.Heading(3, 3, List.of(ISSUER), TITLE));
    }

    @Test
    void belowRedHead_ofNoBody_orOverATitleWithout关于_givesNoHeading() {
        SourceText s = source(List.of(ISSUER + "文件", NUMBER, TITLE));
        SourceText without关于 = source(List.of(ISSUER + "文件", NUMBER, "加强就业工作的通知"));

        assertThat(HeadingReader.belowRedHead(s, 2, 1, heading(List.of(), "学习文件"))).isEmpty();
        assertThat(HeadingReader.belowRedHead(without关于, 2, 1, heading(List.of(), ISSUER + "文件"))).isEmpty();
    }

    @Test
    void belowRedHead_titleWrappedOverTwoLines_isJoinedUpToItsKindWord() {
        SourceText s = source(List.of(ISSUER + "文件", NUMBER, "关于加强普通高等学校", "毕业生就业工作的通知"));

        assertThat(HeadingReader.belowRedHead(s, 2, 1, heading(List.of(), ISSUER + "文件")))
                .contains(new HeadingReader.Heading(3, 4, List.of(ISSUER), TITLE));
    }

    @Test
    void belowRedHead_headingThatNamesItsIssuer_isReadAsIs() {
        SourceText s = source(List.of("长治市财政局文件", NUMBER, ISSUER + " " + TITLE));

        assertThat(HeadingReader.belowRedHead(s, 2, 1, heading(List.of(), "长治市财政局文件")))
                .contains(new HeadingReader.Heading(3, 3, List.of(ISSUER), TITLE));
    }

    @Test
    void endingOn_lineCutBeforeItsBracketedNumber_isAHeadingOnlyWhenTitled() {
        SourceText s = source(List.of(ISSUER, TITLE + "（" + NUMBER + "）"));
        SourceText cited = source(List.of("根据有关文件精神", "加强就业工作的通知（" + NUMBER + "）"));

        assertThat(HeadingReader.endingOn(s, 2, TITLE, 1)).contains(new HeadingReader.Heading(1, 2, List.of(ISSUER), TITLE));
        assertThat(HeadingReader.endingOn(cited, 2, "加强就业工作的通知", 2)).isEmpty();
        assertThat(HeadingReader.endingOn(s, 2, "现将有关事项通知如下：", 1)).isEqualTo(Optional.empty());
    }
}
