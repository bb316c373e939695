package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.resolve.RecordingResolvedSink.citedFully;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EnvironmentalStandards}: a national environmental quality or emission standard cited by title is a 国家标准. */
class EnvironmentalStandardsTest {

    @Test
    void emissionStandardCitedAfterNational_isANationalStandard() {
        // changzhi-2020-02.txt l.439, the sentence cut to its citations; a heading, 文号 and signature made up
        ResolvedDocument d = RecordingResolvedSink.parse("snippet.txt", """
                长治市人民政府办公室 关于推进挥发性有机物综合治理的通知

                长政办发〔2020〕30号

                各县、区人民政府,市直各有关单位:

                石化、化工、工业涂装、包装印刷等重点行业 VOCs 管控达到国家《重点行业挥发性有机物综合治理方案》《挥发性有机物无组织排放控制标准》要求。

                长治市人民政府办公室

                2020年4月1日
                """).only();

        PolicyFacts standard = citedFully(d, "挥发性有机物无组织排放控制标准");
        assertThat(standard.level()).isEqualTo(Level.NATIONAL);
        assertThat(standard.legalForce()).isEqualTo(LegalForce.NATIONAL_STANDARD);
        assertThat(citedFully(d, "重点行业挥发性有机物综合治理方案").legalForce()).isNotEqualTo(LegalForce.NATIONAL_STANDARD);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "NATIONAL|环境空气质量标准|NATIONAL_STANDARD",
        "NATIONAL|地表水环境质量标准|NATIONAL_STANDARD",
        "NATIONAL|锅炉大气污染物排放标准(2014年修订)|NATIONAL_STANDARD",
        "PROVINCIAL|锅炉大气污染物排放标准|-",
        "-|环境空气质量标准|-",
        "NATIONAL|全国工业用地出让最低价标准|-",
        "NATIONAL|城市消防站建设标准|-",
        "NATIONAL|中药材质量标准|-"
    })
    void force_isANationalStandardOnlyForANationalEnvironmentalQualityOrEmissionStandard(
            Level level, String title, LegalForce force) {
        assertThat(EnvironmentalStandards.force(level, title)).isEqualTo(java.util.Optional.ofNullable(force));
    }
}
