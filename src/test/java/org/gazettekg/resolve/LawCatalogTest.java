package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gazettekg.resolve.LawCatalog.Version;
import org.gazettekg.resolve.LawMatch.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LawCatalogTest {

    private static final LawCatalog CATALOG = LawCatalog.standard();

    private static LawMatch match(String title) {
        Optional<LawMatch> m = CATALOG.match(title);
        assertThat(m).as(title).isPresent();
        return m.get();
    }

    private static LawCatalog catalog(String... rows) {
        return LawCatalog.read(new StringReader("name\tfull_name\tlegal_force\tpublished\tvalid_from\tsuperseded\n"
                + String.join("\n", rows) + "\n"));
    }

    // ----- the catalog itself

    @Test
    void builtInCatalog_holdsTheNationalLawsAndRegulationsByLegalForce() {
        Map<String, Long> rows = CATALOG.versions().stream()
                .collect(Collectors.groupingBy(Version::legalForce, Collectors.counting()));

        assertThat(rows).containsOnlyKeys("宪法", "法律", "行政法规", "司法解释", "部门规章");
        assertThat(rows.get("宪法")).isEqualTo(6);
        assertThat(rows.get("法律")).isBetween(330L, 360L);
        assertThat(rows.get("行政法规")).isBetween(670L, 700L);
        assertThat(CATALOG.size()).isBetween(1300, 1450);
    }

    @Test
    void everyRow_hasAKnownLegalForceAndFullNamesOnlyForNationalLaws() {
        assertThat(CATALOG.versions()).allSatisfy(v -> {
            assertThat(LegalForce.ofLabel(v.legalForce())).as(v.name()).isPresent();
            assertThat(v.name()).doesNotStartWith(LawCatalog.NATIONAL);
            if (!v.fullName().isEmpty()) {
                assertThat(v.legalForce()).isIn("宪法", "法律");
                assertThat(v.fullName()).isEqualTo(LawCatalog.NATIONAL + v.name());
            }
        });
        assertThat(CATALOG.versions("反分裂国家法")).singleElement().extracting(Version::fullName).isEqualTo("");
        assertThat(CATALOG.versions("网络安全法")).singleElement().extracting(Version::fullName)
                .isEqualTo("中华人民共和国网络安全法");
    }

    @Test
    void everyCatalogTitle_linksToItsOwnEntryExactly() {
        assertThat(CATALOG.versions()).allSatisfy(v -> {
            LawMatch m = match(v.title());
            assertThat(m.name()).isEqualTo(v.name());
            assertThat(m.method()).isEqualTo(Method.EXACT);
        });
    }

    @Test
    void load_takesTheFileOfAFolderAndElseTheBuiltInCopy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(LawCatalog.FILE_NAME),
                "# a replacement\nname\tfull_name\tlegal_force\tpublished\tvalid_from\tsuperseded\n"
                        + "测试法\t中华人民共和国测试法\t法律\t2020-01-01\t2020-03-01\t0\n");

        LawCatalog replaced = LawCatalog.load(Optional.of(dir));

        assertThat(replaced.size()).isEqualTo(1);
        assertThat(replaced.match("《中华人民共和国测试法》")).get().extracting(LawMatch::validFrom)
                .isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(LawCatalog.load(Optional.of(dir.resolve("absent"))).size()).isEqualTo(CATALOG.size());
    }

    // ----- full and short names

    @Test
    void fullName_linksExactlyWithTheFactsOfTheLaw() {
        LawMatch m = match("《中华人民共和国网络安全法》");

        assertThat(m.name()).isEqualTo("网络安全法");
        assertThat(m.fullName()).isEqualTo("中华人民共和国网络安全法");
        assertThat(m.title()).isEqualTo("中华人民共和国网络安全法");
        assertThat(m.legalForce()).isEqualTo("法律");
        assertThat(m.force()).isEqualTo(LegalForce.LAW);
        assertThat(m.published()).isEqualTo(LocalDate.of(2016, 11, 7));
        assertThat(m.validFrom()).isEqualTo(LocalDate.of(2017, 6, 1));
        assertThat(m.superseded()).isFalse();
        assertThat(m.method()).isEqualTo(Method.EXACT);
        assertThat(m.printed()).isEqualTo("《中华人民共和国网络安全法》");
    }

    @Test
    void shortName_withoutTheNationalPrefix_linksToTheSameEntryByShortName() {
        LawMatch m = match("网络安全法");

        assertThat(m.name()).isEqualTo("网络安全法");
        assertThat(m.method()).isEqualTo(Method.SHORT_NAME);
        assertThat(m.printed()).isEqualTo("网络安全法");
    }

    @Test
    void prefixedRegulation_whoseCatalogNameHasNoPrefix_linksByShortNameAndUnprefixedExactly() {
        assertThat(match("中华人民共和国政府信息公开条例").method()).isEqualTo(Method.SHORT_NAME);
        assertThat(match("政府信息公开条例").method()).isEqualTo(Method.EXACT);
        assertThat(match("中华人民共和国政府信息公开条例").name()).isEqualTo("政府信息公开条例");
    }

    @Test
    void traditionalCharactersAndSpaces_readAsTheSimplifiedTitle() {
        LawMatch m = match("中華人民共和國 勞動合同法");

        assertThat(m.name()).isEqualTo("劳动合同法");
        assertThat(m.method()).isEqualTo(Method.EXACT);
    }

    // ----- nesting and suffixes

    @ParameterizedTest
    @ValueSource(strings = {"《〈中华人民共和国网络安全法〉》", "〈中华人民共和国网络安全法〉", "《《中华人民共和国网络安全法》》",
        "“中华人民共和国网络安全法”"})
    void nestedTitleMarks_areStripped(String printed) {
        LawMatch m = match(printed);

        assertThat(m.name()).isEqualTo("网络安全法");
        assertThat(m.method()).isEqualTo(Method.EXACT);
        assertThat(m.printed()).isEqualTo(printed);
    }

    @Test
    void titleMarksNestedInAJudicialInterpretation_matchItsCatalogName() {
        LawMatch m = match("最高人民法院关于适用〈中华人民共和国保险法〉若干问题的解释（四）");

        assertThat(m.name()).isEqualTo("最高人民法院关于适用《保险法》若干问题的解释（四）");
        assertThat(m.legalForce()).isEqualTo("司法解释");
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国土地管理法（2019年修正）", "中华人民共和国土地管理法(2019修正)",
        "中华人民共和国土地管理法【2004年修正本】", "中华人民共和国土地管理法（2019）", "中华人民共和国土地管理法(修订)",
        "中华人民共和国土地管理法（2019年8月26日修正）"})
    void editionSuffix_isStripped(String printed) {
        LawMatch m = match(printed);

        assertThat(m.name()).isEqualTo("土地管理法");
        assertThat(m.method()).isEqualTo(Method.EXACT);
    }

    @Test
    void trialSuffix_isStrippedOnlyWhereTheCatalogNameLacksIt() {
        assertThat(match("处方药与非处方药分类管理办法（试行）").name()).isEqualTo("处方药与非处方药分类管理办法（试行）");
        assertThat(match("人民检察院刑事诉讼规则(试行)").name()).isEqualTo("人民检察院刑事诉讼规则（试行）");
        assertThat(match("政府信息公开条例（试行）").name()).isEqualTo("政府信息公开条例");
        assertThat(match("中华人民共和国职业病防治法(暂行)").name()).isEqualTo("职业病防治法");
    }

    @Test
    void yearOrOrdinalThatIsPartOfTheName_isKept() {
        assertThat(match("中华人民共和国宪法修正案（1999年）").name()).isEqualTo("宪法修正案（1999年）");
        assertThat(match("刑法修正案（九）").name()).isEqualTo("刑法修正案（九）");
        assertThat(CATALOG.match("刑法修正案（十三）")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国网络安全法（草案）", "网络安全法(征求意见稿)", "中华人民共和国土地管理法(修正草案)"})
    void draft_isNotTheLaw(String printed) {
        assertThat(CATALOG.match(printed)).isEmpty();
    }

    // ----- typos

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "中华人共和国大气污染防治法|大气污染防治法", // 民 dropped from the prefix (the sample's typo)
        "中华人民共国大气污染防治法|大气污染防治法", // 和 dropped
        "中华人民民共和国大气污染防治法|大气污染防治法", // 民 doubled
        "中华人民和共国大气污染防治法|大气污染防治法", // 共和 swapped
        "中华人民共和国突发生事件应对法|突发事件应对法", // 生 inserted (the sample's typo)
        "中华人民共和国大气染污防治法|大气污染防治法", // 污染 swapped
        "政府信息公开开条例|政府信息公开条例", // 开 doubled
        "政府息公开条例|政府信息公开条例", // 信 dropped
        "中华人民共和国土地管理实施条例|土地管理法实施条例", // 法 dropped before the kind word
        "最高人民法院关于审理劳动争议案件适用法律的解释（一）|最高人民法院关于审理劳动争议案件适用法律问题的解释（一）", // 2 dropped, long
    })
    void conversionTypo_linksFuzzilyToTheOneEntryWithinTheBound(String printed, String name) {
        LawMatch m = match(printed);

        assertThat(m.name()).isEqualTo(name);
        assertThat(m.method()).isEqualTo(Method.FUZZY);
        assertThat(m.printed()).isEqualTo(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "中华人民共和国土地污染防治法", // a changed character (土壤 → 土地) is another law, not a typo
        "中外合资经营企业法实施细则", // 中外合作经营企业法实施细则 is one character changed
        "政府息公条例", // two typos in a title of 6 characters: beyond its bound of 1
        "中华人民共和国物法", // short forms below 5 characters get no fuzzy match (物权法 is absent)
        "档法",
        "省气象灾害防御条例", // a place word before a national title makes a local one
        "山西省气象灾害防御条例",
    })
    void titleBeyondTheBoundOrChangedByMoreThanATypo_isNotLinked(String printed) {
        assertThat(CATALOG.match(printed)).isEmpty();
    }

    @Test
    void bound_growsWithTheTitlesLength() {
        assertThat(LawTitles.bound(4)).isZero();
        assertThat(LawTitles.bound(5)).isEqualTo(1);
        assertThat(LawTitles.bound(12)).isEqualTo(1);
        assertThat(LawTitles.bound(13)).isEqualTo(2);
    }

    @Test
    void distance_countsDroppedDoubledAndSwappedCharactersButNoChangedOne() {
        assertThat(LawTitles.distance("突发生事件应对", "突发事件应对", 2)).isEqualTo(1);
        assertThat(LawTitles.distance("政府息公开", "政府信息公开", 2)).isEqualTo(1);
        assertThat(LawTitles.distance("大气染污防治", "大气污染防治", 2)).isEqualTo(1);
        assertThat(LawTitles.distance("土地污染防治", "土壤污染防治", 2)).isEqualTo(3);
        assertThat(LawTitles.distance("甲乙丙", "甲乙丙", 2)).isZero();
    }

    // ----- never two entries

    @Test
    void typoWithinTheBoundOfTwoEntries_linksToNeither() {
        // the source lists this interpretation twice, with and without 、 between the two courts; a title that
        // lost both of its 、 is within the bound of both
        assertThat(CATALOG.versions("最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释")).isNotEmpty();
        assertThat(CATALOG.match("最高人民法院最高人民检察院关于办理强奸猥亵未成年人刑事案件适用法律若干问题的解释")).isEmpty();

        LawCatalog two = catalog("甲乙丙丁戊己法\t中华人民共和国甲乙丙丁戊己法\t法律\t2020-01-01\t\t0",
                "甲乙丙丁己戊法\t中华人民共和国甲乙丙丁己戊法\t法律\t2020-01-01\t\t0");
        assertThat(two.match("甲乙丙丁戊己法")).get().extracting(LawMatch::method).isEqualTo(Method.SHORT_NAME);
        assertThat(two.match("甲乙丙丁戊戊己法")).isPresent(); // doubled 戊: one typo from the first, two from the second
        assertThat(two.match("甲乙丙丁己法")).isEmpty(); // 戊 dropped from the first, or from the second
    }

    @Test
    void titleTwoEntriesShareOnceNormalised_linksToNeither() {
        LawCatalog two = catalog("甲乙丙法\t\t行政法规\t2020-01-01\t\t0", "甲乙 丙法\t\t司法解释\t2021-01-01\t\t0");

        assertThat(two.match("甲乙丙法")).isEmpty();
    }

    // ----- kind words

    @Test
    void implementingRegulation_andTheLaw_areKeptApart() {
        assertThat(match("中华人民共和国土地管理法实施条例").name()).isEqualTo("土地管理法实施条例");
        assertThat(match("中华人民共和国土地管理法实施条例").legalForce()).isEqualTo("行政法规");
        assertThat(match("中华人民共和国土地管理法").name()).isEqualTo("土地管理法");
        assertThat(CATALOG.match("土地管理法实施办法")).isEmpty();
        assertThat(CATALOG.match("中华人民共和国审计法实施细则")).isEmpty();
    }

    @Test
    void measures_andRegulations_areKeptApart() {
        assertThat(CATALOG.match("政府信息公开办法")).isEmpty();
        assertThat(CATALOG.match("政府信息公开规定")).isEmpty();
        assertThat(CATALOG.match("个体工商户办法")).isEmpty();
        assertThat(CATALOG.match("公平竞争审查制度实施细则(暂行)")).isEmpty();
    }

    // ----- versions

    @Test
    void lawWithSupersededVersions_linksToTheCurrentOne() {
        assertThat(CATALOG.versions("行政复议法")).hasSize(2).first().extracting(Version::superseded).isEqualTo(false);

        LawMatch m = match("中华人民共和国行政复议法（2017年修正）");

        assertThat(m.published()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(m.validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(m.superseded()).isFalse();
    }

    @Test
    void lawWhoseEveryVersionIsSuperseded_linksToItsNewestRowMarkedSuperseded() {
        LawMatch m = match("中华人民共和国公司登记管理条例");

        assertThat(m.name()).isEqualTo("公司登记管理条例");
        assertThat(m.superseded()).isTrue();
    }

    @Test
    void versionsOfOneName_areOneEntryWithTheNewestFirst() {
        LawCatalog c = catalog("甲乙法\t中华人民共和国甲乙法\t法律\t2010-01-01\t2010-03-01\t1",
                "甲乙法\t中华人民共和国甲乙法\t法律\t2022-01-01\t\t0", "甲乙法\t中华人民共和国甲乙法\t法律\t2015-01-01\t\t1");

        assertThat(c.size()).isEqualTo(1);
        assertThat(c.versions("甲乙法")).extracting(Version::published).containsExactly(LocalDate.of(2022, 1, 1),
                LocalDate.of(2015, 1, 1), LocalDate.of(2010, 1, 1));
        assertThat(c.match("甲乙法")).get().extracting(LawMatch::published).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    // ----- unknown titles

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国物权法", "中华人民共和国合同法", "山西省消防条例", "山西省实施〈中华人民共和国水土保持法〉办法",
        "关于进一步做好清洁取暖工作的通知", "条例", "", "《》", "   "})
    void unknownTitle_isNotLinked(String printed) {
        assertThat(CATALOG.match(printed)).isEmpty();
    }
}
