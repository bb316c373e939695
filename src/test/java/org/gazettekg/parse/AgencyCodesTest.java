package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gazettekg.parse.AgencyCodes.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @ParameterizedTest(name = "{0} is no ministry")
    @CsvSource({"交政发", "交政办发", "建政发", "建政办发", "水政发", "教政发", "财政发"})
    void localGovernmentCode_isNeverANationalBody(String code) {
        assertThat(codes.lookup(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"财建, 财政部", "财社, 财政部", "建城, 住房和城乡建设部", "交运发, 交通运输部",
            "交办运, 交通运输部办公厅", "水资源, 水利部", "教基, 教育部"})
    void ministryCodes_keepTheirSecondCharacter(String code, String body) {
        assertThat(codes.lookup(code)).get().extracting(Agency::body, Agency::level).containsExactly(body, "national");
    }

    @Test
    void noNationalPrefix_isASingleCharacterOrAPlaceCodeBeforeAGovernmentOrgan() {
        assertThat(codes.all()).filteredOn(a -> a.level().equals("national")).allSatisfy(a -> {
            assertThat(a.prefix()).as(a.prefix()).hasSizeGreaterThan(1);
            assertThat(a.prefix()).as(a.prefix()).doesNotMatch("^\\p{IsHan}[政府].*");
        });
    }

    @Test
    void shiIsNoCityCode() {
        assertThat(codes.lookup("市政办发")).isEmpty();
        assertThat(codes.lookup("市政发")).isEmpty();
    }

    @Test
    void tableInAFolder_replacesTheBuiltInOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(AgencyCodes.FILE_NAME),
                "prefix\tbody\tlevel\tregion\tsource\n穗府\t广州市人民政府\tmunicipal\t广州市\ttest\n");

        assertThat(AgencyCodes.load(Optional.of(dir)).lookup("穗府办")).get().extracting(Agency::body)
                .isEqualTo("广州市人民政府");
        assertThat(AgencyCodes.load(Optional.of(dir)).lookup("国发")).isEmpty();
        assertThat(AgencyCodes.load(Optional.of(dir.resolve("absent"))).lookup("国发")).isPresent();
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
