package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCodeTest {

    @ParameterizedTest(name = "{0} → stem {1}, office {2}, ending {3}, place {4}")
    @CsvSource(nullValues = "-", value = {
            "宁政办规字, 宁政, true, 办规字, 宁",
            "宁政办发, 宁政, true, 办发, 宁",
            "宁政发, 宁政, false, 发, 宁",
            "粤府, 粤府, false, '', 粤",
            "粤府办, 粤府, true, 办, 粤",
            "东府, 东府, false, '', 东",
            "晋市政办, 晋市政, true, 办, 晋市",
            "渝北府发, 渝北府, false, 发, 渝北",
            "赣府厅字, 赣府, true, 厅字, 赣",
            "鲁政字, 鲁政, false, 字, 鲁",
            "黔府呈, 黔府, false, 呈, 黔",
            "长政通字, 长政, false, 通字, 长",
            "国办发, 国, true, 办发, -",
            "晋人社厅函, 晋人社, true, 厅函, -",
            "安委, 安委, false, '', -",
            "发改能源, 发改能源, false, '', -"})
    void code_isReadIntoItsParts(String code, String stem, boolean office, String ending, String place) {
        AgencyCode parsed = AgencyCode.parse(code);

        assertThat(parsed.stem()).isEqualTo(stem);
        assertThat(parsed.office()).isEqualTo(office);
        assertThat(parsed.ending()).isEqualTo(ending);
        assertThat(parsed.place().orElse(null)).isEqualTo(place);
        assertThat(parsed.stem() + parsed.ending()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({"宁政办规字, 宁政办发", "粤府, 粤府函", "粤府办, 粤府办函", "湘政发, 湘政函", "国发, 国函", "国办发, 国办函"})
    void formsOfOneBody_shareTheirKey(String a, String b) {
        assertThat(AgencyCode.parse(a).key()).isEqualTo(AgencyCode.parse(b).key());
    }

    @ParameterizedTest(name = "{0} and {1} differ")
    @CsvSource({"宁政发, 宁政办发", "粤府, 粤府办", "国发, 国办发"})
    void governmentAndItsOffice_haveDifferentKeys(String a, String b) {
        assertThat(AgencyCode.parse(a).key()).isNotEqualTo(AgencyCode.parse(b).key());
    }
}
