package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCodeResolverTest {

    /** Over the built-in data and gazetteer (Shanxi today, all of China later). */
    private final AgencyCodeResolver standard = AgencyCodeResolver.standard();
    /** Over the built-in data and a gazetteer with units of other provinces. */
    private final AgencyCodeResolver china = new AgencyCodeResolver(TestGazetteer.data());

    @Test
    void jiaoZhengFa_inAJiaochengDocument_isTheCountyGovernment() {
        for (AgencyCodeResolver r : new AgencyCodeResolver[] {standard, china}) {
            assertThat(r.resolve("交政发", "141122")).hasValueSatisfying(i -> {
                assertThat(i.body()).isEqualTo("交城县人民政府");
                assertThat(i.division()).isEqualTo("141122");
                assertThat(i.level()).isEqualTo(Level.COUNTY);
                assertThat(i.method()).isEqualTo(Method.DERIVED);
            });
            assertThat(r.resolve("交政办发", "141122")).get().extracting(Issuer::body).isEqualTo("交城县人民政府办公室");
        }
    }

    @ParameterizedTest(name = "交政发 in {0}")
    @CsvSource(nullValues = "null", value = {"null", "1411", "1404", "14", "32"})
    void jiaoZhengFa_withoutTheCountysJurisdiction_findsNothing(String jurisdiction) {
        // 交城县 and 交口县 both begin with 交; a ministry (交通运输部) it never is
        assertThat(standard.resolve("交政发", jurisdiction)).isEmpty();
        assertThat(china.resolve("交政发", jurisdiction)).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "宁政办发, 3201, 南京市人民政府办公厅, municipal, 3201",
            "宁政办规字, 3201, 南京市人民政府办公厅, municipal, 3201",
            "宁政办发, 320102, 南京市人民政府办公厅, municipal, 3201",
            "宁政发, 3201, 南京市人民政府, municipal, 3201",
            "宁政办发, 64, 宁夏回族自治区人民政府办公厅, provincial, 64",
            "宁政发, 6401, 宁夏回族自治区人民政府, provincial, 64",
            "宁政办发, 32, 南京市人民政府办公厅, municipal, 3201"})
    void ningZhengBanFa_isDecidedByTheJurisdiction(String code, String jurisdiction, String body, String level,
            String division) {
        for (AgencyCodeResolver r : new AgencyCodeResolver[] {standard, china}) {
            assertThat(r.resolve(code, jurisdiction)).hasValueSatisfying(i -> {
                assertThat(i.body()).isEqualTo(body);
                assertThat(i.level().label()).isEqualTo(level);
                assertThat(i.division()).isEqualTo(division);
                assertThat(i.method()).isEqualTo(Method.TABLE);
            });
        }
    }

    @Test
    void ningZhengBanFa_withoutJurisdiction_isAmbiguous() {
        assertThat(china.resolve("宁政办发", null)).isEmpty();
        assertThat(china.resolve("宁政发", null)).isEmpty();
    }

    @ParameterizedTest(name = "建政发 in {0}")
    @CsvSource(nullValues = "null", value = {"null", "14", "1404", "11", "33", "3301", "330182"})
    void jianZhengFa_isNeverAMinistry(String jurisdiction) {
        for (AgencyCodeResolver r : new AgencyCodeResolver[] {standard, china}) {
            for (String code : new String[] {"建政发", "建政办发", "建府发"}) {
                r.resolve(code, jurisdiction).ifPresent(i -> {
                    assertThat(i.level()).isNotEqualTo(Level.NATIONAL);
                    assertThat(i.body()).doesNotContain("住房和城乡建设部");
                });
            }
        }
    }

    @ParameterizedTest(name = "建政发 in {0}")
    @CsvSource(nullValues = "null", value = {"null", "14", "1404", "11"})
    void jianZhengFa_whereNoUnitBeginsWithJian_findsNothing(String jurisdiction) {
        assertThat(china.resolve("建政发", jurisdiction)).isEmpty();
    }

    @Test
    void jianZhengFa_inJiandesDocument_isJiandesGovernment() {
        assertThat(china.resolve("建政发", "330182")).get().extracting(Issuer::body, Issuer::level)
                .containsExactly("建德市人民政府", Level.COUNTY);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "国办发, null, 国务院办公厅, national",
            "国办发, 141122, 国务院办公厅, national",
            "国发, 4419, 国务院, national",
            "国函, 3201, 国务院, national",
            "国办函, null, 国务院办公厅, national",
            "发改能源, 1404, 国家发展和改革委员会, national",
            "人社部发, null, 人力资源和社会保障部, national",
            "中发, 1404, 中共中央 国务院, national",
            "交运发, 141122, 交通运输部, national",
            "粤府, 4419, 广东省人民政府, provincial",
            "粤府, null, 广东省人民政府, provincial",
            "粤府函, 3201, 广东省人民政府, provincial",
            "粤府办, 4419, 广东省人民政府办公厅, provincial",
            "湘政办发, 4303, 湖南省人民政府办公厅, provincial",
            "湘政办发, null, 湖南省人民政府办公厅, provincial",
            "湘政发, 43, 湖南省人民政府, provincial",
            "浙政办发, 3301, 浙江省人民政府办公厅, provincial",
            "鲁政字, 37, 山东省人民政府, provincial",
            "鲁政办发, 3705, 山东省人民政府办公厅, provincial",
            "苏政办发, 3201, 江苏省人民政府办公厅, provincial",
            "晋政发, 1404, 山西省人民政府, provincial",
            "晋政办发, 140428, 山西省人民政府办公厅, provincial",
            "晋财社, 1404, 山西省财政厅, provincial",
            "内政发, null, 内蒙古自治区人民政府, provincial",
            "东府, 4419, 东莞市人民政府, municipal",
            "长政发, 4301, 长沙市人民政府, municipal",
            "长政办发, 1404, 长治市人民政府办公室, municipal",
            "长政通字, 140428, 长治市人民政府, municipal",
            "阳政发, 1404, 阳泉市人民政府, municipal",
            "并政发, 1401, 太原市人民政府, municipal",
            "鄠政发, 610118, 西安市鄠邑区人民政府, county",
            "牟政办发, 532323, 牟定县人民政府办公室, county",
            "渝北府发, 500112, 重庆市渝北区人民政府, county",
            "朝政发, 110105, 北京市朝阳区人民政府, county",
            "朝政办发, 110105, 北京市朝阳区人民政府办公室, county",
            "京政发, 110105, 北京市人民政府, provincial",
            "湘民发, 4301, 湖南省民政厅, provincial",
            "陕民函, 610118, 陕西省民政厅, provincial",
            "津政办发, 12, 天津市人民政府办公厅, provincial",
            "京财社, 11, 北京市财政局, provincial",
            "黔府呈, 52, 贵州省人民政府, provincial"})
    void code_inItsJurisdiction_namesItsBody(String code, String jurisdiction, String body, String level) {
        assertThat(china.resolve(code, jurisdiction)).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo(body);
            assertThat(i.level().label()).isEqualTo(level);
            assertThat(i.source()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(nullValues = "null", value = {
            "东府, null",        // 东莞, 东营 …: a derived code needs the jurisdiction
            "鄠政发, null",
            "长政办发, 4301",    // 长沙's office: 办公厅 or 办公室 is not attested
            "长政发, null",      // 长治 or 长沙
            "宁财, 3201",        // 南京市财政局, not 宁夏's 财政厅
            "苏财, 3205",        // 苏州市财政局 or 江苏省财政厅
            "长气防办, 1404",    // a body of 长治 that no table names
            "甘区政办发, 62",    // no unit has the place code 甘区
            "交办发, 141122",    // 交城's party office, not 交通运输部办公厅
            "并政办发, 1401",    // 太原's office: 办公厅 or 办公室 is not attested (the table's row is by analogy)
            "临政办, 1410",
            "中发, 141129",      // in 中阳县's own documents: 中共中央 国务院 or 中阳县委
            "XYZ, 14",
            "'', 14"})
    void unknownOrAmbiguousCode_findsNothing(String code, String jurisdiction) {
        assertThat(china.resolve(code, jurisdiction)).isEmpty();
    }

    // ---- autonomous prefectures -------------------------------------------------------------------

    @ParameterizedTest(name = "凉府办发 in {0}")
    @CsvSource({"5134", "513401"})
    void liangFuBanFa_inADocumentOfLiangshan_isThePrefecturesOffice(String jurisdiction) {
        // 凉府办发〔2020〕20号 under the heading 凉山州人民政府办公室 (city-codes.tsv; lsz.gov.cn)
        assertThat(standard.resolve("凉府办发", jurisdiction)).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("凉山彝族自治州人民政府办公室");
            assertThat(i.division()).isEqualTo("5134");
            assertThat(i.level()).isEqualTo(Level.MUNICIPAL);
            assertThat(i.method()).isEqualTo(Method.TABLE);
        });
        assertThat(standard.resolve("凉府发", jurisdiction)).get().extracting(Issuer::body).isEqualTo("凉山彝族自治州人民政府");
    }

    @Test
    void liangFuBanFa_withoutJurisdiction_findsNothing() {
        // 凉城县, 凉州区 begin with 凉 too
        assertThat(standard.resolve("凉府办发", null)).isEmpty();
    }

    @Test
    void codeOpeningWithAPrefecturesPrintedShortForm_isThatPrefecturesGovernmentInItsProvince() {
        // 恩施州 is how 恩施土家族苗族自治州 prints itself (恩施州人民政府); the code is derived, its office is not attested
        for (String jurisdiction : new String[] {"4228", "422801", "42"}) {
            assertThat(standard.resolve("恩施州政发", jurisdiction)).as(jurisdiction).hasValueSatisfying(i -> {
                assertThat(i.body()).isEqualTo("恩施土家族苗族自治州人民政府");
                assertThat(i.division()).isEqualTo("4228");
                assertThat(i.level()).isEqualTo(Level.MUNICIPAL);
                assertThat(i.method()).isEqualTo(Method.DERIVED);
            });
        }
        assertThat(standard.resolve("恩施州政办发", "4228")).as("office not attested").isEmpty();
        assertThat(standard.resolve("黔西南州府办发", "5223")).as("office not attested").isEmpty();
        assertThat(standard.resolve("黔西南州府发", "5223")).get().extracting(Issuer::body)
                .isEqualTo("黔西南布依族苗族自治州人民政府");
    }

    @ParameterizedTest(name = "州政发 in {0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "5134, 凉山彝族自治州人民政府",
            "513401, 凉山彝族自治州人民政府",     // 西昌市, a county-level city of 凉山
            "4228, 恩施土家族苗族自治州人民政府",
            "51, null",                           // three prefectures in 四川
            "42, null",                           // 恩施 is 湖北's only one, but a provincial document is not its own
            "4201, null",                         // 武汉: a neighbour's code is never guessed
            "1404, null",
            "null, null"})
    void bareZhouZhengFa_isThePrefectureOfTheDocumentsOwnJurisdiction_orNoOne(String jurisdiction, String body) {
        assertThat(standard.resolve("州政发", jurisdiction).map(Issuer::body).orElse(null)).isEqualTo(body);
        assertThat(standard.resolve("州府发", jurisdiction).map(Issuer::body).orElse(null)).isEqualTo(body);
    }

    @Test
    void bareZhouZhengBanFa_isTheOfficeOnlyWhereTheTableAttestsIt() {
        assertThat(standard.resolve("州政办发", "5134")).get().extracting(Issuer::body)
                .isEqualTo("凉山彝族自治州人民政府办公室");
        assertThat(standard.resolve("州政办发", "4228")).isEmpty();
    }

    @Test
    void codeSeenOnlyAsEvidence_isResolvedFromIt() {
        LearnedCodes learned = new LearnedCodes();
        learned.learn("苏安", "江苏省安全生产委员会", "nanjing-2023-docs.txt", 9);
        learned.learn("安委", "国务院安全生产委员会", "nanjing-2023-docs.txt", 9);

        assertThat(china.resolve("苏安", "3201")).isEmpty();
        assertThat(china.resolve("苏安", "3201", learned)).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("江苏省安全生产委员会");
            assertThat(i.level()).isEqualTo(Level.PROVINCIAL);
            assertThat(i.division()).isEqualTo("32");
            assertThat(i.method()).isEqualTo(Method.LEARNED);
            assertThat(i.source()).contains("nanjing-2023-docs.txt:9");
        });
        assertThat(china.resolve("安委", null, learned)).get().extracting(Issuer::body, Issuer::level, Issuer::division)
                .containsExactly("国务院安全生产委员会", Level.NATIONAL, null);
    }

    @Test
    void districtBodySeenAsEvidenceWithoutItsCity_isNamedWithItsCity() {
        // 浦府〔2022〕1号 printed with 浦东新区人民政府 (pudong.gov.cn); here 渝北府发 with 渝北区人民政府
        LearnedCodes learned = new LearnedCodes();
        learned.learn("渝北府发", "渝北区人民政府", "chongqing.txt", 3);

        assertThat(china.resolve("渝北府发", "500112", learned)).get().extracting(Issuer::body)
                .isEqualTo("重庆市渝北区人民政府");
    }

    @Test
    void evidenceNamingTheTablesJointBodiesWithoutASpace_isTheTablesReadingAsTheTableSpellsIt() {
        LearnedCodes learned = new LearnedCodes();
        learned.learn("中办发", "中共中央办公厅国务院办公厅", "yueyang.txt", 7);

        assertThat(china.resolve("中办发", "4301", learned)).get().extracting(Issuer::body, Issuer::level)
                .containsExactly("中共中央办公厅 国务院办公厅", Level.NATIONAL);
    }

    @Test
    void evidenceOfOneCity_doesNotDecideAnotherProvincesDocument() {
        LearnedCodes learned = new LearnedCodes();
        learned.learn("宁政发", "南京市人民政府", "nanjing-2023-docs.txt", 37);

        assertThat(china.resolve("宁政发", "3201", learned)).get().extracting(Issuer::body).isEqualTo("南京市人民政府");
        assertThat(china.resolve("宁政发", "64", learned)).get().extracting(Issuer::body)
                .isEqualTo("宁夏回族自治区人民政府");
        assertThat(china.resolve("宁政发", null, learned)).isEmpty();
    }

    @Test
    void evidenceContradictingTheTable_makesTheCodeAmbiguous() {
        LearnedCodes learned = new LearnedCodes();
        learned.learn("粤府", "广东省人民政府办公厅", "misread.txt", 3);

        assertThat(china.resolve("粤府", "44", learned)).isEmpty();
    }

    @Test
    void oneResolverAskedWithAndWithoutEvidence_answersEachAsAFreshResolverWould() {
        // the resolver keeps answers and readings across files: evidence of one file must not leak into them
        LearnedCodes learned = new LearnedCodes();
        learned.learn("粤府", "广东省人民政府办公厅", "misread.txt", 3);
        Optional<Issuer> fromTables = new AgencyCodeResolver(TestGazetteer.data()).resolve("粤府", "44");

        assertThat(china.resolve("粤府", "44", learned)).isEmpty();
        assertThat(china.resolve("粤府", "44")).isPresent().isEqualTo(fromTables);
        assertThat(china.resolve("粤府", "44", new LearnedCodes())).isEqualTo(fromTables);
        assertThat(china.resolve("粤府", "44", learned)).isEmpty();
    }

    @Test
    void jurisdictionOfANineDigitTownship_isItsCounty() {
        assertThat(standard.resolve("交政发", "141122100")).get().extracting(Issuer::body).isEqualTo("交城县人民政府");
        assertThat(standard.resolve("交政发", "141122000000")).get().extracting(Issuer::body).isEqualTo("交城县人民政府");
        assertThat(standard.resolve("晋政发", "140000")).get().extracting(Issuer::jurisdiction)
                .isEqualTo(Optional.of("14"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {"140000, 14", "140100, 1401", "14010000000, 1401", "141122, 141122",
            "141122100, 141122", "1, -", "140, -", "14000, -", "-, -"})
    void normalize_cutsTrailingZeroPairsAndKeepsEvenCodesOfTwoToSixDigits(String jurisdiction, String normalized) {
        assertThat(AgencyCodeResolver.normalize(jurisdiction)).isEqualTo(normalized);
    }

    @Test
    void derivedCountyOfAnotherCityOfTheProvince_isOutOfReach_belowTheJurisdictionItIsNot() {
        // 娄 begins only 娄烦县 (太原) among Shanxi's units
        assertThat(standard.resolve("娄政发", "1404")).isEmpty();
        assertThat(standard.resolve("娄政发", "14")).get().extracting(Issuer::body).isEqualTo("娄烦县人民政府");
    }

    @Test
    void rowOfTheAgencyTableMadeByAnalogy_isADerivation_andNamesNoUnattestedOffice() {
        assertThat(standard.resolve("并政发", "1401")).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("太原市人民政府");
            assertThat(i.method()).isEqualTo(Method.DERIVED);
            assertThat(i.source()).startsWith("agency-codes.tsv 并政发: by analogy").doesNotContain("not attested");
        });
        // 太原's office is attested neither as 办公厅 nor as 办公室
        assertThat(standard.resolve("并政办发", "1401")).isEmpty();
    }

    @Test
    void attestedRowOfTheAgencyTable_isATableReading_placedByItsRegion() {
        assertThat(standard.resolve("晋农函", "1405")).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("山西省农业农村厅");
            assertThat(i.division()).isEqualTo("14");
            assertThat(i.method()).isEqualTo(Method.TABLE);
            assertThat(i.source()).startsWith("agency-codes.tsv 晋农:");
        });
    }

    @Test
    void evidenceAgreeingWithTheTable_leavesTheTableTheAnswer() {
        LearnedCodes learned = new LearnedCodes();
        learned.learn("长政发", "长治市人民政府", "changzhi.txt", 3);

        assertThat(standard.resolve("长政发", "1404", learned)).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("长治市人民政府");
            assertThat(i.method()).isEqualTo(Method.TABLE);
        });
    }

    @Test
    void learnedDistrictBody_isNamedWithItsCityOnce() {
        LearnedCodes printedWithCity = new LearnedCodes();
        printedWithCity.learn("浦府", "上海市浦东新区人民政府", "pudong.txt", 3);
        LearnedCodes printedWithout = new LearnedCodes();
        printedWithout.learn("浦府", "浦东新区人民政府", "pudong.txt", 3);

        assertThat(standard.resolve("浦府", "310115", printedWithCity)).get().extracting(Issuer::body)
                .isEqualTo("上海市浦东新区人民政府");
        assertThat(standard.resolve("浦府", "310115", printedWithout)).get().extracting(Issuer::body)
                .isEqualTo("上海市浦东新区人民政府");
    }
}
