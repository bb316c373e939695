package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
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

    // ---------------------------------------------------------------- numbers of other provinces (outside corpora)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            // hunan-2009-jiuye l.19: the year in „‟ (a PDF conversion's 〔〕)
            "国办发„2009‟3号 => 国办发〔2009〕3号",
            // zhejiang-2011-docs l.7: ASCII parentheses
            "瑞政办(2011)129号 => 瑞政办〔2011〕129号",
            // nanjing-2023-docs l.5, shandong-2019-docs l.13, jiayu-2021-fengong l.1
            "宁政办规字〔2023〕2号 => 宁政办规字〔2023〕2号",
            "鲁政字〔2019〕4号 => 鲁政字〔2019〕4号",
            "嘉政办发〔2021〕5号 => 嘉政办发〔2021〕5号"})
    void numberOfAnotherProvince_parsesToCanonical(String printed, String canonical) {
        assertThat(DocNumber.parse(printed)).hasValueSatisfying(n -> {
            assertThat(n.canonical()).isEqualTo(canonical);
            assertThat(n.printed()).isEqualTo(printed);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            // dongguan-2021-jiuye l.31 and wuzhou-2003-quhua l.9, as the reader sees them
            "東府〔2021〕54號 => 东府〔2021〕54号",
            "國函〔2003〕1號 => 国函〔2003〕1号"})
    void traditionalNumber_readInSimplified_parsesToTheSimplifiedCanonicalForm(String printed, String canonical) {
        assertThat(DocNumber.parse(Simplified.of(printed)).map(DocNumber::canonical)).hasValue(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "牟政办发〔201746",   // muding-2017-yingji l.9: 〕 and 号 lost, year and serial run together
            "浦府〔20221",        // pudong-2022-guize l.13: the same, 代字 ending in 府
            "甘发改规划〔〕号",    // gansu-2021-xiaozhen l.5: the year deleted, no serial
            "国办发〔〕33号",      // gansu-2021-xiaozhen l.9: the year deleted
            "甘*办发〔〕号"})      // gansu-2021-xiaozhen l.11: 政 masked by *, the year deleted
    void damagedNumber_isBrokenAndDoesNotParse(String printed) {
        assertThat(DocNumber.isBroken(printed)).isTrue();
        assertThat(DocNumber.parse(printed)).isEmpty();
    }

    @Test
    void damagedNumberWithSpacesAround_isBroken() {
        assertThat(DocNumber.isBroken("  牟政办发〔201746  ")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "湘政办发〔2009〕24号",              // readable: not broken
            "国办发„2009‟3号",
            "2022128",                          // pudong-2022-guize l.23: a garbled date
            "年12月31日",                        // gansu-2021-xiaozhen l.33: a date whose year was lost
            "甘肃省发展和改革委员会等10部门",       // gansu-2021-xiaozhen l.1
            "(国办发〔〕33号)",                   // a damaged number inside running text's brackets
            "第一章总",                           // pudong-2022-guize l.29
            // muding-2017-yingji l.13
            "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行,原2007年印发的《牟定县突发环境事件应急预案》同时废止。",
            "—1—",
            ""})
    void textThatIsNoDamagedNumber_isNotBroken(String text) {
        assertThat(DocNumber.isBroken(text)).isFalse();
    }

    // ---------------------------------------------------------------- the length of a 代字

    @Test
    void codeOfAnAutonomousPrefecture_isRead() {
        // http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html (凉山州人民政府办公室)
        assertThat(DocNumber.parse("凉府办发〔2020〕20号")).map(DocNumber::agencyCode).hasValue("凉府办发");
    }

    @Test
    void codeOfEveryAutonomousPrefectureByItsPrintedShortForm_fitsTheLongestCodeRead() {
        Gazetteer g = Gazetteer.standard();
        List<String> shortForms = g.units(Gazetteer.CITY).stream().map(u -> g.autonomousShortForm(u.name()))
                .flatMap(Optional::stream).toList();

        assertThat(shortForms).hasSize(30);
        for (String a : shortForms) {
            for (String ending : List.of("府办发", "政办发", "政办规字", "府办函")) {
                assertThat(DocNumber.parse(a + ending + "〔2021〕12号")).as(a + ending).map(DocNumber::agencyCode)
                        .hasValue(a + ending);
            }
        }
    }

    @Test
    void runOfMoreCharactersThanACodeHas_beforeTheYear_isNoNumber() {
        // what the benchmark's generator printed at 1000x from a prefecture's full name: no government prints it
        String fullName = "黔西南布依族苗族自治州政发";
        assertThat(fullName).hasSizeGreaterThan(DocNumber.MAX_CODE_LENGTH);
        assertThat(DocNumber.parse(fullName + "〔2011〕33号")).isEmpty();
        assertThat(DocNumber.parse("黔西南州政发〔2011〕33号")).map(DocNumber::agencyCode).hasValue("黔西南州政发");
    }

    // ---------------------------------------------------------------- running text and spaces

    @Test
    void numberInRunningText_isFoundByThePatternWithItsParts() {
        Matcher m = DocNumber.pattern().matcher("根据《通知》（长政办发〔2020〕10号）精神");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("长政办发");
        assertThat(m.group(2)).isEqualTo("2020");
        assertThat(m.group(3)).isEqualTo("10");
    }

    @Test
    void everyCharacter_isASpaceExactlyWhenTheSpacePatternMatchesIt() {
        Pattern space = Pattern.compile(DocNumber.SPACE);
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(DocNumber.isSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(space.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void number_printsAsItsCanonicalForm() {
        assertThat(DocNumber.parse("晋政发【2018】46号")).map(DocNumber::toString).hasValue("晋政发〔2018〕46号");
    }
}
