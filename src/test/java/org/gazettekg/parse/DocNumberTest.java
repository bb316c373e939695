package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "长政办发〔2020〕10号 => 长政办发〔2020〕10号",
            "长政通字[2020]2号 => 长政通字〔2020〕2号",
            "长政办发〔2020〕10 号 => 长政办发〔2020〕10号",
            "运政办发（2021）5号 => 运政办发〔2021〕5号",
            "晋市政办(2019)41号 => 晋市政办〔2019〕41号",
            "晋政发【2018】46号 => 晋政发〔2018〕46号",
            "晋政发［2018］46号 => 晋政发〔2018〕46号",
            "长政函 〔 2024 〕 22 号 => 长政函〔2024〕22号",
            "国发〔2019〕第7号 => 国发〔2019〕7号"})
    void printedForm_parsesToCanonical(String printed, String canonical) {
        assertThat(DocNumber.parse(printed)).hasValueSatisfying(n -> {
            assertThat(n.canonical()).isEqualTo(canonical);
            assertThat(n.printed()).isEqualTo(printed.strip());
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"各县〔市、区〕人民政府", "〔3%-上年度费率〕", "长政办发〔2020〕10号文件", "(2019年本)",
            "发〔2018〕119号）精神", "朔政发〔2019〕51号..... 1"})
    void textThatIsNotExactlyOneNumber_doesNotParse(String text) {
        assertThat(DocNumber.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {"长政办发〔2020〕10号 => 长政办发,2020,10", "长科规[2024]2号 => 长科规,2024,2"})
    void parts_areSplitOut(String printed, String parts) {
        String[] p = parts.split(",");
        assertThat(DocNumber.parse(printed)).hasValueSatisfying(n -> {
            assertThat(n.agencyCode()).isEqualTo(p[0]);
            assertThat(n.year()).isEqualTo(Integer.parseInt(p[1]));
            assertThat(n.serial()).isEqualTo(p[2]);
        });
    }
}
