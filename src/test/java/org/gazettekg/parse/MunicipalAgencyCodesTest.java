package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalAgencyCodesTest {

    private final AgencyCodes codes = AgencyCodes.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "并政办发, 太原市人民政府办公室", "同政发, 大同市人民政府", "阳政办函, 阳泉市人民政府办公室",
            "长政通字, 长治市人民政府", "长政办发, 长治市人民政府办公室", "晋市政发, 晋城市人民政府",
            "晋市政办, 晋城市人民政府办公室", "朔政发, 朔州市人民政府", "朔政办发, 朔州市人民政府办公室",
            "晋中政发, 晋中市人民政府", "运政规, 运城市人民政府", "忻政函, 忻州市人民政府",
            "临政办发, 临汾市人民政府办公室", "吕政发, 吕梁市人民政府", "长办发, 中共长治市委办公室 长治市人民政府办公室",
            "晋市办发, 中共晋城市委办公厅 晋城市人民政府办公厅", "朔办发, 中共朔州市委办公厅"})
    void municipalCode_namesItsBody(String code, String body) {
        assertThat(codes.lookup(code)).hasValueSatisfying(a -> {
            assertThat(a.body()).isEqualTo(body);
            assertThat(a.level()).isEqualTo("municipal");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"市政发", "市政办发", "市政办函"})
    void shiIsNoCityCode(String code) {
        // 市政办发 was read as 晋中: 市 is no code of the table
        assertThat(codes.lookup(code)).isEmpty();
    }

    @Test
    void officeRowsOfCitiesWhoseOfficeIsNotAttested_sayTheyAreByAnalogy() {
        assertThat(codes.all()).filteredOn(a -> a.level().equals("municipal") && a.body().endsWith("人民政府办公室"))
                .filteredOn(a -> !List.of("长治市", "晋城市", "朔州市").contains(a.region()))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.source()).startsWith("by analogy"));
    }

    @Test
    void provincialCode_isNotTakenForJinchengs() {
        assertThat(codes.lookup("晋政发")).hasValueSatisfying(a -> assertThat(a.level()).isEqualTo("provincial"));
        assertThat(codes.lookup("晋市政发")).hasValueSatisfying(a -> assertThat(a.region()).isEqualTo("晋城市"));
    }

    @Test
    void everyRow_saysWhereItIsAttestedAndPrefixesAreUnique() {
        assertThat(codes.all()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        assertThat(codes.all().stream().collect(Collectors.groupingBy(AgencyCodes.Agency::prefix, Collectors.counting())))
                .allSatisfy((prefix, count) -> assertThat(count).as(prefix).isEqualTo(1L));
    }
}
