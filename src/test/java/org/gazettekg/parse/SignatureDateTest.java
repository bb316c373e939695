package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 成文日期 under a covering signature, in the layouts of the outside corpora. */
class SignatureDateTest {

    /** muding-2017-yingji l.13-21: the date lost its 年月日 and a brace crept in; a publication note stands between. */
    private static final String MUDING = """
            经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。

            牟定县人民政府办公室

            (此件公开发布)

            { 2017 6 23

            牟定县突发环境事件应急预案(试行)
            """;

    private static SourceText source(String text) {
        return SourceText.of("date.txt", text.lines().toList());
    }

    @Test
    void garbledDateUnderASignatureWithANoteBetween_isTheDate() {
        SourceText source = source(MUDING);

        assertThat(SignatureDate.find(source, 1, source.lineCount())).hasValue(LocalDate.of(2017, 6, 23));
    }

    @Test
    void garbledDateWithNoSignatureAboveIt_isNoDate() {
        SourceText source = source(MUDING);

        // from the note on: the signature is outside the range
        assertThat(SignatureDate.find(source, 5, source.lineCount())).isEmpty();
    }

    @Test
    void dateInsideRunningText_isNeverTheDate() {
        // neimenggu-2013-guize l.51-55: the meeting date is in the sentence, the 成文日期 on a line of its own
        SourceText source = source("""
                各盟行政公署、市人民政府,各旗县人民政府,自治区各委、办、厅、局,各大企业、事业单位:

                  《内蒙古自治区人民政府工作规则》已经2013年6月17日自治区人民政府第五次常务会议审议通过,现予印发。

                2013年7月2日
                """);

        assertThat(SignatureDate.find(source, 1, source.lineCount())).hasValue(LocalDate.of(2013, 7, 2));
        assertThat(SignatureDate.parseLine(source.line(3).strip())).isEmpty();
    }

    @Test
    void sentenceWithADateAlone_givesNoDate() {
        // neimenggu-2013-guize l.59
        SourceText source = source("(2013年6月17日自治区人民政府第五次常务会议通过)");

        assertThat(SignatureDate.find(source, 1, 1)).isEmpty();
    }

    @Test
    void dateWhoseYearIsLost_isNoDate() {
        // gansu-2021-xiaozhen l.31-33
        SourceText source = source("""
                甘肃省市场监督管理局

                年12月31日
                """);

        assertThat(SignatureDate.find(source, 1, source.lineCount())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "                              二○一一年八月九日 => 2011-08-09",   // zhejiang-2011-docs l.25: ○, indented
            "二〇〇三年一月二日 => 2003-01-02",                                 // wuzhou-2003-quhua l.33: 〇
            "二○一○年四月三十日 => 2010-04-30",                                // shandong-2019-docs l.59: 三十
            "2021年11月9日 => 2021-11-09",                                     // ali-2021-guize l.23
            "  2021年4月9日 => 2021-04-09"})                                   // fujian-2021-changle l.21
    void dateLine_isRead(String line, LocalDate date) {
        assertThat(SignatureDate.parseLine(line)).hasValue(date);
    }

    /** pudong-2022-guize l.19-25: the signature date lost its 年月日 and its spaces, and no signer is printed above it. */
    private static final String PUDONG = """
            区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府

            《浦东新区人民政府工作规则》已经125日召开的区政府第1次常务会议审议通过,现予印发。

                         2022128

            (此件公开发布)
            """;

    @Test
    void runTogetherDateWithOneReadingBeforeThePagesPublication_isThatReading() {
        SourceText source = source(PUDONG);

        assertThat(SignatureDate.runTogether(source, 1, source.lineCount(), LocalDate.of(2022, 1, 29)))
                .hasValue(LocalDate.of(2022, 1, 28));
    }

    @Test
    void runTogetherDateWithTwoReadingsBeforeThePagesPublication_isNoDate() {
        SourceText source = source(PUDONG);

        assertThat(SignatureDate.runTogether(source, 1, source.lineCount(), LocalDate.of(2023, 3, 1))).isEmpty();
    }

    @Test
    void runTogetherDateWithEveryReadingAfterThePagesPublication_isNoDate() {
        SourceText source = source(PUDONG);

        assertThat(SignatureDate.runTogether(source, 1, source.lineCount(), LocalDate.of(2022, 1, 2))).isEmpty();
    }

    @Test
    void chineseNumeralZeroPrintedAsAFullWidthLetterO_isRead() {
        // zhejiang-2011-docs l.25 with its ○ printed as Ｏ, as some conversions do
        assertThat(SignatureDate.parseLine("二Ｏ一一年八月九日")).hasValue(LocalDate.of(2011, 8, 9));
    }

    @Test
    void chineseNumeralZeroPrintedAsAnAsciiLetterO_isRead() {
        // zhejiang-2011-docs l.25 with its ○ printed as the letter O
        assertThat(SignatureDate.parseLine("二O一一年八月九日")).hasValue(LocalDate.of(2011, 8, 9));
    }

    @Test
    void chineseNumeralsWithTypedDigitZeros_areRead() {
        // ningxia-2003-zhongwei l.39: 国务院 二00三年十二月三十一日, the 〇 typed as the digit 0
        assertThat(SignatureDate.parseLine("国务院 二00三年十二月三十一日")).hasValue(LocalDate.of(2003, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "  《内蒙古自治区人民政府工作规则》已经2013年6月17日自治区人民政府第五次常务会议审议通过,现予印发。",
            "(2013年6月17日自治区人民政府第五次常务会议通过)",     // neimenggu-2013-guize l.59
            "(二○一○年四月二十六日)",                              // shandong-2019-docs l.71: the date of the forwarded 意见
            "年12月31日",
            "2022128",                                            // pudong-2022-guize l.23
            "[2013-8-31 23:12:30]"})                               // zhejiang-2011-docs l.39: a page's time stamp
    void lineThatIsNoSignatureDate_givesNone(String line) {
        assertThat(SignatureDate.parseLine(line)).isEmpty();
    }
}
