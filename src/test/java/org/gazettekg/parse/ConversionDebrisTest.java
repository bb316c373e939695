package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pinyin reading aids and lost spaces of web copies; lines of gansu-2023-guize (src/test/resources/outside/corpus). */
class ConversionDebrisTest {

    @Test
    void pinyinAfterHanCharacters_isRemoved() {
        assertThat(ConversionDebris.clean("甘政發(fā)〔2023〕8號(hào)")).isEqualTo("甘政發〔2023〕8號");
        assertThat(ConversionDebris.clean("蘭州新區(qū)管委會(huì),省政府各部門:")).isEqualTo("蘭州新區管委會,省政府各部門:");
    }

    @Test
    void questionMarksNextToHanCharacters_becomeSpaces() {
        assertThat(ConversionDebris.clean("第一章?總?則")).isEqualTo("第一章 總 則");
        assertThat(ConversionDebris.clean("甘肅省人民政府????????")).isEqualTo("甘肅省人民政府 ");
    }

    @Test
    void bracketsWithoutToneMarksAndOtherQuestionMarks_areKept() {
        assertThat(ConversionDebris.clean("(一)提高市场开放程度(a)")).isEqualTo("(一)提高市场开放程度(a)");
        assertThat(ConversionDebris.clean("长政发〔2021〕3号(试行)")).isEqualTo("长政发〔2021〕3号(试行)");
        assertThat(ConversionDebris.clean("what? 3 ? 4")).isEqualTo("what? 3 ? 4");
        assertThat(ConversionDebris.clean("是否有效？是")).isEqualTo("是否有效？是");
    }
}
