package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // whitespace where a long title was broken over lines, and other quotation marks
        "山西省农村交通安全“两站两员”建设  及运行指导意见 | 山西省农村交通安全\"两站两员\"建设及运行指导意见",
        // full-width digits and dashes of a planning period
        "长治市现代水网建设规划（２０２１——２０３５年） | 长治市现代水网建设规划(2021-2035年)",
        // nested title marks printed as 《》, 〈〉 or <>
        "关于印发《长治市现代水网建设规划》的通知 | 关于印发<长治市现代水网建设规划>的通知",
        "关于印发〈实施方案〉的通知 | 关于印发《实施方案》的通知"})
    void samePrintedTitle_withOtherPunctuation_hasOneKey(String printed, String other) {
        assertThat(TitleKey.of(printed)).isEqualTo(TitleKey.of(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中华人民共和国大气污染防治法 | 中华人民共和国大气污染防治法实施条例",
        "山西省消防安全责任制实施办法 | 消防安全责任制实施办法",
        "产业结构调整指导目录(2019年本) | 产业结构调整指导目录(2024年本)"})
    void differentTitles_keepDifferentKeys(String one, String other) {
        assertThat(TitleKey.of(one)).isNotEqualTo(TitleKey.of(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "《关于“十四五”规划的意见》 | 〈关于十四五规划的意见〉",
        "Ａ－－Ｂ | A-B"})
    void key_isTheNormalForm(String printed, String key) {
        assertThat(TitleKey.of(printed)).isEqualTo(key);
    }
}
