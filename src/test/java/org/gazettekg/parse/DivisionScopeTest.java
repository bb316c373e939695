package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionScopeTest {

    private static final Gazetteer CHINA = Gazetteer.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "西安市鄠邑区人民政府, 610118",
            "牟定县人民政府办公室, 532323",
            "长治市人民政府, 1404",
            "长治市财政局, 1404",
            "山西省人民政府办公厅, 14",
            "中共长治市委, 1404",
            "北京市东城区人民政府, 110101",
            "东莞市人民政府, 4419",
    })
    void issuerName_givesTheNarrowestDivisionItOpensWith(String issuer, String code) {
        assertThat(DivisionScope.of(CHINA, null, List.of(issuer), null)).isEqualTo(code);
    }

    @Test
    void issuerPrintingAnAutonomousPrefecturesShortForm_isPlacedInThatPrefecture() {
        // the heading of 凉府办发〔2020〕20号, http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html
        assertThat(DivisionScope.of(CHINA, null, List.of("凉山州人民政府办公室"), null)).isEqualTo("5134");
        assertThat(DivisionScope.of(CHINA, null, List.of("凉山彝族自治州人民政府办公室"), null)).isEqualTo("5134");
        assertThat(DivisionScope.of(CHINA, null, List.of("凉山人民政府办公室"), null)).as("no unit is named 凉山").isNull();
    }

    @Test
    void jointIssuers_giveTheNarrowestOfTheirDivisions() {
        assertThat(DivisionScope.of(CHINA, null, List.of("中共长治市委", "长治市上党区人民政府"), null)).isEqualTo("140404");
    }

    @Test
    void issuerNamedLikeSeveralPlaces_isPlacedByTheMastheadCity_orByTheCityItsTextNames_elseNowhere() {
        List<String> issuer = List.of("新华区人民政府");

        assertThat(DivisionScope.of(CHINA, "沧州市", issuer, null)).isEqualTo("130902");
        assertThat(DivisionScope.of(CHINA, null, issuer, "关于平顶山市新华区老旧小区改造的通知")).isEqualTo("410402");
        assertThat(DivisionScope.of(CHINA, null, issuer, "关于老旧小区改造的通知")).isNull();
        assertThat(DivisionScope.of(CHINA, "晋城市", List.of("城区人民政府"), null)).isEqualTo("140502");
    }

    @Test
    void issuerNamingNoPlace_leavesTheMastheadCity_orNothing() {
        assertThat(DivisionScope.of(CHINA, "长治市", List.of("国务院"), null)).isEqualTo("1404");
        assertThat(DivisionScope.of(CHINA, "长治市", List.of(), null)).isEqualTo("1404");
        assertThat(DivisionScope.of(CHINA, null, List.of("国务院办公厅"), null)).isNull();
        assertThat(DivisionScope.of(CHINA, null, null, null)).isNull();
    }

    @Test
    void issuerNamingNoPlace_isPlacedInTheProvinceItsTitleOrAddresseeNames() {
        assertThat(DivisionScope.of(CHINA, null, List.of("国务院"), "关于同意河北省保定地市合并实行市领导县体制的批复")).isEqualTo("13");
        assertThat(DivisionScope.of(CHINA, null, List.of("中华人民共和国国务院"), "河北省人民政府:")).isEqualTo("13");
        assertThat(DivisionScope.of(CHINA, null, List.of("国务院"), "关于加强普通高等学校毕业生就业工作的通知")).isNull();
    }
}
