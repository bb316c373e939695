package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Traditional → simplified, character for character, with OpenCC's table. Every text is a line (or part of one)
 * of the outside corpora: wuzhou-2003-quhua (维基文库, 繁體), zhejiang-2011-docs (杭州, 繁體), dongguan-2021-jiuye
 * (shared/outside, 繁體), and of the Shanxi sample (simplified).
 */
class SimplifiedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            // wuzhou-2003-quhua l.7, the heading: 關於 and 批覆 both read as simplified
            "國務院關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆"
                    + " => 国务院关于同意广西壮族自治区调整梧州市市辖区和苍梧县行政区划的批复",
            // wuzhou-2003-quhua l.9 and dongguan-2021-jiuye l.31: the 文号
            "國函〔2003〕1號 => 国函〔2003〕1号",
            "東府〔2021〕54號 => 东府〔2021〕54号",
            // zhejiang-2011-docs l.41: 關于 (the page prints 于, not 於) and 批復
            "杭州市人民政府關于蕭山區部分行政區劃調整的批復 => 杭州市人民政府关于萧山区部分行政区划调整的批复",
            // zhejiang-2011-docs l.49: 撤銷, 瀝, 鎮, 黨 in a sentence with punctuation and digits
            "同意撤銷瓜瀝鎮、坎山鎮、黨山鎮建制,合并設立新的瓜瀝鎮。該鎮轄11個社區、63個行政村"
                    + " => 同意撤销瓜沥镇、坎山镇、党山镇建制,合并设立新的瓜沥镇。该镇辖11个社区、63个行政村"})
    void traditionalText_readsAsSimplified(String printed, String simplified) {
        assertThat(Simplified.of(printed)).isEqualTo(simplified);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "國務院關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆",
            "你們《關於調整梧州市市轄區行政區劃的請示》(桂政報〔2002〕34號)收悉。現批覆如下:",
            "本作品收錄於《中華人民共和國國務院公報/2003年/第5號"})
    void conversion_keepsTheLengthSoPositionsMatchThePrintedText(String printed) {
        String simplified = Simplified.of(printed);

        assertThat(simplified).hasSameSizeAs(printed).isNotEqualTo(printed);
        for (int i = 0; i < printed.length(); i++) {
            if (!Character.isLetter(printed.charAt(i))) {
                assertThat(simplified.charAt(i)).as("position %d", i).isEqualTo(printed.charAt(i));
            }
        }
    }

    @Test
    void piFuInTraditional_readsAsTheWordOfSimplifiedText() {
        // wuzhou-2003-quhua l.21: 覆 is itself a simplified character, only the word 批覆 is the traditional 批复
        assertThat(Simplified.of("現批覆如下:")).isEqualTo("现批复如下:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            // shuozhou-2019-docs l.133: 覆盖 is simplified text, 覆 stays
            "提升 4G 网络覆盖广度和深度，推 => 提升 4G 网络覆盖广度和深度，推",
            // shuozhou-2019-docs l.441: 著 is also a simplified character
            "有序，治理水平显著改善，城市形象得 => 有序，治理水平显著改善，城市形象得",
            // wuzhou-2003-quhua l.35: 著作權法 → 著作权法, 著 kept
            "根據《中華人民共和國著作權法》第五條 => 根据《中华人民共和国著作权法》第五条"})
    void characterThatIsAlsoSimplified_staysAsItIs(String printed, String simplified) {
        assertThat(Simplified.of(printed)).isEqualTo(simplified);
    }

    @Test
    void simplifiedText_isReturnedUnchanged() {
        // fujian-2021-changle l.9
        String line = "  福建省人民政府关于福州市长乐区文武砂镇行政区划调整的批复";

        assertThat(Simplified.of(line)).isEqualTo(line);
        assertThat(Simplified.traditionalCount(line)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "國函〔2003〕1號 => 2",
            "來源:“中國杭州”政府門戶網站 => 5",
            "延伸閱讀: => 2",
            // changzhi-2020-02 l.106: the stray variant 迴 in a simplified text
            "三、潞城区撤销史迴乡,设立史回镇,以原史 => 1",
            "国函〔2003〕1号 => 0"})
    void traditionalCount_countsTheCharactersThatReadDifferently(String text, int count) {
        assertThat(Simplified.traditionalCount(text)).isEqualTo(count);
    }
}
