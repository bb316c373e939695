package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer SHANXI = Gazetteer.standard();
    private static final int SHANXI_CITIES = 11;
    /** 117 county-level divisions in the NBS 2023 codes (26 districts, 11 cities, 80 counties). */
    private static final int SHANXI_COUNTY_LEVEL_UNITS = 117;
    private static final int ONE_MEGABYTE = 1 << 20;

    @Test
    void generatedTsv_holdsTheElevenCitiesOfShanxi_underTheProvince() {
        List<Gazetteer.Unit> cities = SHANXI.units(Gazetteer.CITY);

        assertThat(cities).hasSize(SHANXI_CITIES);
        assertThat(cities).extracting(Gazetteer.Unit::name)
                .containsExactly("太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市",
                        "忻州市", "临汾市", "吕梁市");
        assertThat(cities).allSatisfy(c -> assertThat(c.parentCode()).isEqualTo("14"));
    }

    @Test
    void generatedTsv_holdsEveryCountyLevelUnit_eachUnderACity() {
        List<Gazetteer.Unit> counties = SHANXI.units(Gazetteer.COUNTY);

        assertThat(counties).hasSize(SHANXI_COUNTY_LEVEL_UNITS);
        assertThat(counties).allSatisfy(c -> {
            assertThat(c.code()).hasSize(6).startsWith(c.parentCode());
            assertThat(SHANXI.byCode(c.parentCode())).get().extracting(Gazetteer.Unit::level).isEqualTo(Gazetteer.CITY);
        });
        assertThat(counties).extracting(Gazetteer.Unit::name)
                .contains("上党区", "潞州区", "沁县", "应县", "怀仁市", "高平市", "太谷区")
                .doesNotContain("长治县", "屯留县", "山西转型综合改革示范区", "山西朔州经济开发区");
    }

    @Test
    void generatedTsv_townshipsHangUnderCounties_andDevelopmentZonesAreLeftOut() {
        List<Gazetteer.Unit> townships = SHANXI.units(Gazetteer.TOWNSHIP);

        assertThat(townships).hasSizeGreaterThan(1000);
        assertThat(townships).allSatisfy(t -> assertThat(SHANXI.byCode(t.parentCode())).get()
                .extracting(Gazetteer.Unit::level).isEqualTo(Gazetteer.COUNTY));
        assertThat(townships).extracting(Gazetteer.Unit::name).noneMatch(n -> n.endsWith("开发区"));
    }

    @Test
    void generatedTsv_headerNamesPackageVersionLicenceAndYear_andFileStaysSmall() throws IOException {
        byte[] bytes;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.DIVISIONS_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        String header = new String(bytes, StandardCharsets.UTF_8).lines().limit(6).reduce("", String::concat);

        assertThat(header).contains("china-division 2.7.0", "WTFPL", "2023", "Generated ");
        assertThat(bytes.length).isLessThan(ONE_MEGABYTE);
    }

    @ParameterizedTest
    @CsvSource({
            "上党区, 上党",
            "怀仁市, 怀仁",
            "郝家庄镇, 郝家庄",
            "韩店街道, 韩店",
            "桥上乡, 桥上",
            "沁县, 沁县",
            "应县, 应县",
            "城区, 城区",
            "东柏坡, 东柏坡",
    })
    void shortForm_dropsTheSuffix_onlyWhereTwoCharactersRemain(String name, String expected) {
        assertThat(Gazetteer.shortForm(name)).isEqualTo(expected);
    }

    @Test
    void byName_findsUnitsByFullNameAndByShortForm() {
        assertThat(SHANXI.byName("壶关县")).extracting(Gazetteer.Unit::code).containsExactly("140427");
        assertThat(SHANXI.byName("壶关")).extracting(Gazetteer.Unit::code).containsExactly("140427");
        assertThat(SHANXI.byName("城区")).extracting(Gazetteer.Unit::code).containsExactly("140302", "140502");
        assertThat(SHANXI.byName("沁")).isEmpty();
        assertThat(SHANXI.byName("大峡谷镇")).extracting(Gazetteer.Unit::parentCode).containsExactly("140427");
    }

    @Test
    void parentChain_runsFromCountyThroughCityToProvince() {
        assertThat(SHANXI.parentChain("140404")).extracting(Gazetteer.Unit::name)
                .containsExactly("上党区", "长治市", "山西省");
        assertThat(SHANXI.parentChain("140406104")).extracting(Gazetteer.Unit::name)
                .containsExactly("史回镇", "潞城区", "长治市", "山西省");
        assertThat(SHANXI.parentChain("999999")).isEmpty();
    }

    @Test
    void formerNames_pointToTheirCurrentUnits_withYearAndSource() {
        assertThat(SHANXI.successorsOf("长治县")).extracting(Gazetteer.Unit::name).containsExactly("上党区");
        assertThat(SHANXI.successorsOf("怀仁县")).extracting(Gazetteer.Unit::name).containsExactly("怀仁市");
        assertThat(SHANXI.successorsOf("城区")).extracting(Gazetteer.Unit::name).contains("潞州区", "平城区");
        assertThat(SHANXI.formerNames("屯留县")).singleElement()
                .satisfies(f -> assertThat(f.year()).isEqualTo(2018));
        assertThat(SHANXI.allFormerNames()).allSatisfy(f -> {
            assertThat(SHANXI.byCode(f.currentCode())).as(f.name()).isPresent();
            assertThat(f.source()).isNotBlank();
        });
    }

    @Test
    void read_rejectsATableWithoutTheParentColumn() {
        String broken = "code\tname\tlevel\n14\t山西省\tprovince\n";
        String former = "former_name\tcode_of_current_unit\tyear\tsource\n";

        assertThatThrownBy(() -> Gazetteer.read(new StringReader(broken), new StringReader(former)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent_code");
    }

    @Test
    void read_rejectsAFormerNameWithoutAYear() {
        String units = "code\tname\tlevel\tparent_code\n14\t山西省\tprovince\t\n";
        String former = "former_name\tcode_of_current_unit\tyear\tsource\n长治县\t140404\t\tx\n";

        assertThatThrownBy(() -> Gazetteer.read(new StringReader(units), new StringReader(former)))
                .isInstanceOf(NumberFormatException.class);
    }
}
