package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Short forms of autonomous prefectures, counties and banners, on names of the gazetteer. */
class AutonomousNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', textBlock = """
            积石山保安族东乡族撒拉族自治县	积石山县
            双江拉祜族佤族布朗族傣族自治县	双江县
            长阳土家族自治县	长阳县
            互助土族自治县	互助县
            察布查尔锡伯自治县	察布查尔县
            和布克赛尔蒙古自治县	和布克赛尔县
            龙胜各族自治县	龙胜县
            莫力达瓦达斡尔族自治旗	莫力达瓦旗
            鄂伦春自治旗	鄂伦春旗
            东乡族自治县	东乡县
            恩施土家族苗族自治州	恩施州
            黔东南苗族侗族自治州	黔东南州
            黔西南布依族苗族自治州	黔西南州
            西双版纳傣族自治州	西双版纳州
            海西蒙古族藏族自治州	海西州
            伊犁哈萨克自治州	伊犁州
            克孜勒苏柯尔克孜自治州	克孜勒苏州
            临夏回族自治州	临夏州
            """)
    void autonomousUnit_losesItsNationalities(String name, String shortForm) {
        assertThat(AutonomousNames.builtIn().shortForm(name)).hasValue(shortForm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"积石山县", "临夏县", "上党区", "临夏州", "恩施市", "自治县", "自治州"})
    void otherName_hasNoAutonomousShortForm(String name) {
        assertThat(AutonomousNames.builtIn().shortForm(name)).isEmpty();
    }

    @Test
    void everyAutonomousPrefectureOfTheGazetteer_hasAShortFormOfAPlaceNameOfTwoCharactersOrMore() {
        List<Gazetteer.Unit> prefectures = Gazetteer.standard().units(Gazetteer.CITY).stream()
                .filter(u -> u.name().endsWith("自治州")).toList();

        assertThat(prefectures).hasSize(30);
        for (Gazetteer.Unit u : prefectures) {
            assertThat(AutonomousNames.builtIn().shortForm(u.name())).as(u.name())
                    .hasValueSatisfying(s -> assertThat(s).endsWith("州").hasSizeGreaterThanOrEqualTo(3)
                            .doesNotContain("族").isEqualTo(u.name().substring(0, s.length() - 1) + "州"));
        }
    }
}
