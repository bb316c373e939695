package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.gazettekg.parse.AgencyCodes.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCodesTest {

    private final AgencyCodes codes = AgencyCodes.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            国办发    | 国务院办公厅              | national
            国发      | 国务院                    | national
            国办函    | 国务院办公厅              | national
            中发      | 中共中央 国务院           | national
            发改能源  | 国家发展和改革委员会      | national
            发改环资  | 国家发展和改革委员会      | national
            财建      | 财政部                    | national
            人社部发  | 人力资源和社会保障部      | national
            国卫医发  | 国家卫生健康委员会        | national
            晋政发    | 山西省人民政府            | provincial
            晋政办发  | 山西省人民政府办公厅      | provincial
            晋政函    | 山西省人民政府            | provincial
            晋发      | 中共山西省委 山西省人民政府 | provincial
            晋财金    | 山西省财政厅              | provincial
            晋财社    | 山西省财政厅              | provincial
            晋民发    | 山西省民政厅              | provincial
            晋人社厅函 | 山西省人力资源和社会保障厅 | provincial
            晋发改能源发 | 山西省发展和改革委员会  | provincial
            """)
    void nationalAndProvincialCode_findsItsBodyAndLevel(String code, String body, String level) {
        assertThat(codes.lookup(code)).get()
                .extracting(Agency::body, Agency::level)
                .containsExactly(body, level);
    }

    @Test
    void longestPrefixWins_officeBeforeGovernment() {
        assertThat(codes.lookup("晋政办发")).get().extracting(Agency::prefix).isEqualTo("晋政办发");
        assertThat(codes.lookup("发改办环资")).get().extracting(Agency::prefix).isEqualTo("发改办");
    }

    @Test
    void provincialRows_doNotShadowJinchengCodes() {
        List<String> provincialPrefixes = codes.all().stream().filter(a -> a.level().equals("provincial"))
                .map(Agency::prefix).toList();

        assertThat(provincialPrefixes).noneMatch("晋市政发"::startsWith).doesNotContain("晋");
    }

    @Test
    void unknownCode_findsNothing() {
        assertThat(codes.lookup("长气防办")).isEmpty();
    }

    @Test
    void everyNationalAndProvincialRow_namesItsSourceAndRegion() {
        assertThat(codes.all()).filteredOn(a -> !a.level().equals("municipal"))
                .isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.source()).isNotBlank();
                    assertThat(a.region()).isIn("中国", "山西省");
                    assertThat(a.level().equals("national")).isEqualTo(a.region().equals("中国"));
                });
    }

    @Test
    void tableWithOnlyAHeader_findsNothing() throws IOException {
        AgencyCodes empty = AgencyCodes.read(new StringReader("prefix\tbody\tlevel\tregion\tsource\n# national\n"));

        assertThat(empty.lookup("国发")).isEmpty();
    }
}
