package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one title form of the resolve stage, built on the parser's {@code TitleKey}. */
class LawTitlesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            《中华人民共和国大气污染防治法》                     | 中华人民共和国大气污染防治法
            中华人民共和国 大气污染防治法                        | 中华人民共和国大气污染防治法
            《關於實施〈中華人民共和國土地管理法〉的辦法》       | 关于实施中华人民共和国土地管理法的办法
            «中华人民共和国环境保护法»                           | 中华人民共和国环境保护法
            中华人民共和国森林法（2019年修订）                   | 中华人民共和国森林法(2019年修订)
            中华人民共和国森林法【2019年修订】                   | 中华人民共和国森林法(2019年修订)
            “中华人民共和国网络安全法”，                         | 中华人民共和国网络安全法
            中华人民共和国行政许可法。                           | 中华人民共和国行政许可法
            """)
    void key_ofPrintedFormsOfOneTitle_isOneKey(String printed, String key) {
        assertThat(LawTitles.key(printed)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ' 國務院辦公廳 '   | 国务院办公厅
            国发〔2024〕5号     | 国发(2024)5号
            国发[2024]5号       | 国发(2024)5号
            国发【2024】5号     | 国发(2024)5号
            国发（２０２４）５号 | 国发(2024)5号
            """)
    void name_ofAnIssuerOrNumber_isSimplifiedWithRoundBrackets(String printed, String name) {
        assertThat(LawTitles.name(printed)).isEqualTo(name);
    }
}
