package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Short forms of autonomous counties and banners, on names of the gazetteer. */
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
            """)
    void autonomousUnit_losesItsNationalities(String name, String shortForm) {
        assertThat(AutonomousNames.builtIn().shortForm(name)).hasValue(shortForm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"积石山县", "临夏县", "上党区", "临夏回族自治州", "自治县"})
    void otherName_hasNoAutonomousShortForm(String name) {
        assertThat(AutonomousNames.builtIn().shortForm(name)).isEmpty();
    }
}
