package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.gazettekg.parse.ClauseName.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit names {@link ClauseUnits} reads in a change clause, one reader at a time, on clauses of the
 * replies quoted in {@link ChangeClausesTest} (梧州 国函〔2003〕1号, 杭州 杭政函〔2013〕121号, 保定 国函〔1994〕133号 and
 * 国函〔2015〕73号) and the names of the standard gazetteer.
 */
class ClauseUnitsTest {

    private static final DivisionNames NAMES = new DivisionNames(Gazetteer.standard());
    private static final ClauseUnits UNITS = new ClauseUnits(NAMES);

    /** One clause as the division readers see it, read outside any jurisdiction. */
    private static DivisionDoc doc(String sentence) {
        DivisionText text = DivisionText.of(SourceText.of("s.txt", List.of(sentence)), 1, 1);
        return new DivisionDoc(text, NAMES.index(text.text()), null);
    }

    /** One reader of {@link ClauseUnits}: what it reads at {@code pos} of {@code sentence}, which starts at {@code offset}. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(DivisionDoc doc, int offset, String sentence, int pos);
    }

    /** What {@code reader} reads at {@code pos} of {@code sentence}, a clause on its own. */
    private static <T> T read(Reader<T> reader, String sentence, int pos) {
        return reader.read(doc(sentence), 0, sentence, pos);
    }

    private static List<ClauseName> namesAfter(String sentence, int from) {
        return read(UNITS::namesAfter, sentence, from);
    }

    private static ClauseName unitNameAt(String sentence, int pos) {
        return read(UNITS::unitNameAt, sentence, pos);
    }

    // ---------------------------------------------------------------- enumerations after a verb

    @Test
    void namesAfter_townsSeparatedBy顿号AndEndedBy建制_giveEachTown() {
        String clause = "撤销瓜沥镇、坎山镇、党山镇建制,合并设立新的瓜沥镇。";

        assertThat(namesAfter(clause, 2)).extracting(ClauseName::start, ClauseName::text)
                .containsExactly(tuple(2, "瓜沥镇"),
                        tuple(6, "坎山镇"),
                        tuple(10, "党山镇"));
    }

    @Test
    void namesAfter_newUnitAfter新的_startsAfterTheWords() {
        String clause = "设立新的瓜沥镇。";

        assertThat(namesAfter(clause, 2)).singleElement().satisfies(n -> {
            assertThat(n.start()).isEqualTo(4);
            assertThat(n.text()).isEqualTo("瓜沥镇");
            assertThat(n.kind()).isEqualTo(Kind.TOWNSHIP);
        });
    }

    @Test
    void namesAfter_unitsJoinedBy以及And和_areAllRead() {
        String clause = "撤销坎山镇以及党山镇和瓜沥镇。";

        assertThat(namesAfter(clause, 2)).extracting(ClauseName::text).containsExactly("坎山镇", "党山镇", "瓜沥镇");
    }

    @Test
    void namesAfter_cityAndDistrictPrintedBeforeTheTown_areSkipped() {
        String clause = "撤销长治市上党区韩店镇,设立韩店街道。";

        assertThat(namesAfter(clause, 2)).singleElement().satisfies(n -> {
            assertThat(n.start()).isEqualTo(8);
            assertThat(n.text()).isEqualTo("韩店镇");
        });
    }

    @Test
    void namesAfter_genericDistrictPrintedBeforeItsStreet_isSkipped() {
        String clause = "撤销矿区贵石沟街道。";

        assertThat(namesAfter(clause, 2)).extracting(ClauseName::text).containsExactly("贵石沟街道");
    }

    @Test
    void namesAfter_nothingNamedAfterTheVerb_givesNoName() {
        assertThat(namesAfter("撤销,设立。", 2)).isEmpty();
        assertThat(namesAfter("撤销", 2)).isEmpty();
    }

    // ---------------------------------------------------------------- one name at a position

    @Test
    void unitNameAt_cityAfter地级_isTheCityWithoutTheLevel() {
        assertThat(unitNameAt("设立地级陇南市,", 2)).isEqualTo(new ClauseName(4, "陇南市", Kind.CITY));
    }

    @Test
    void unitNameAt_countyLevelCityAfter县级_isACountyNotACity() {
        assertThat(unitNameAt("设立县级高平市,", 2)).isEqualTo(new ClauseName(4, "高平市", Kind.COUNTY));
    }

    @Test
    void unitNameAt_cityFollowedByMoreName_isNoCity() {
        // 长治市上党区韩店镇: the city is printed before the town, so the name read is the town's whole phrase
        assertThat(unitNameAt("长治市上党区韩店镇", 0)).isEqualTo(new ClauseName(0, "长治市上党区韩店镇", Kind.TOWNSHIP));
    }

    @Test
    void unitNameAt_countyTheGazetteerKnows_isACounty_butNotByItsShortForm() {
        assertThat(unitNameAt("撤销壶关县和", 2)).isEqualTo(new ClauseName(2, "壶关县", Kind.COUNTY));
        assertThat(unitNameAt("撤销壶关,", 2)).isNull();
    }

    @Test
    void unitNameAt_genericDistrictAfterItsCity_isAGenericDistrict_andAloneIsNoName() {
        assertThat(unitNameAt("撤销梧州市郊区,", 5)).isEqualTo(new ClauseName(5, "郊区", Kind.GENERIC_DISTRICT));
        assertThat(unitNameAt("撤销郊区,", 2)).isNull();
    }

    @Test
    void unitNameAt_prefectureAndCountyNoLongerInTheGazetteer_areReadByTheirSuffix() {
        assertThat(unitNameAt("撤销陇南地区,", 2)).isEqualTo(new ClauseName(2, "陇南地区", Kind.PREFECTURE));
        assertThat(unitNameAt("撤销武都县,", 2)).isEqualTo(new ClauseName(2, "武都县", Kind.FORMER_COUNTY));
    }

    @Test
    void unitNameAt_districtsNamedAfterTheirQuarter_andFormerDistricts_areFormerCounties() {
        String clause = "撤销保定市北市区、南市区,撤销天津市塘沽区、汉沽区";

        assertThat(unitNameAt(clause, 5)).isEqualTo(new ClauseName(5, "北市区", Kind.FORMER_COUNTY));
        assertThat(unitNameAt(clause, 9)).isEqualTo(new ClauseName(9, "南市区", Kind.FORMER_COUNTY));
        assertThat(unitNameAt(clause, clause.indexOf("塘沽区")))
                .isEqualTo(new ClauseName(clause.indexOf("塘沽区"), "塘沽区", Kind.FORMER_COUNTY));
        assertThat(unitNameAt(clause, clause.indexOf("汉沽区"))).extracting(ClauseName::text).isEqualTo("汉沽区");
    }

    @Test
    void unitNameAt_zonesAreasAndShortStemsEndingIn区_areNoDistricts() {
        assertThat(unitNameAt("撤销经济开发区,", 2)).isNull();
        assertThat(unitNameAt("撤销自然保护区,", 2)).isNull();
        assertThat(unitNameAt("撤销原塘沽区,", 2)).isNull();
        assertThat(unitNameAt("撤销甲区,", 2)).isNull();
    }

    @Test
    void unitNameAt_districtWithAVerbInside_isNoName() {
        // 改为竞秀区: 为 inside ends no district's name
        assertThat(unitNameAt("改为竞秀区", 0)).isNull();
    }

    @Test
    void unitNameAt_pastTheEnd_isNull() {
        assertThat(unitNameAt("撤销", 2)).isNull();
    }

    // ---------------------------------------------------------------- sources and targets of a move

    @Test
    void countyNameAt_knownCounty_formerDistrict_andFormerCounty() {
        String clause = "将苍梧县倒水镇、蝶山区的新兴二路居委会";

        assertThat(read(UNITS::countyNameAt, clause, 1)).isEqualTo(new ClauseName(1, "苍梧县", Kind.COUNTY));
        assertThat(read(UNITS::countyNameAt, clause, 8)).isEqualTo(new ClauseName(8, "蝶山区", Kind.FORMER_COUNTY));
        assertThat(read(UNITS::countyNameAt, "武都县的", 0))
                .isEqualTo(new ClauseName(0, "武都县", Kind.FORMER_COUNTY));
    }

    @Test
    void countyNameAt_districtEndingBeforeACounty_isTheDistrict() {
        String s = "蝶山区旺甫县,";

        assertThat(read(UNITS::countyNameAt, s, 0)).isEqualTo(new ClauseName(0, "蝶山区", Kind.FORMER_COUNTY));
    }

    @Test
    void countyNameAt_zone_isNoCounty_andAGenericDistrictCountsOnlyAfterItsCity() {
        assertThat(read(UNITS::countyNameAt, "开发区,", 0)).isNull();
        assertThat(read(UNITS::countyNameAt, "梧州市郊区的", 3))
                .isEqualTo(new ClauseName(3, "郊区", Kind.GENERIC_DISTRICT));
    }

    /**
     * The unit a move goes to: a district printed after its city is the district, a city alone is the city;
     * a county, a former district, a township.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "划归银川市兴庆区管辖, 5, 兴庆区, COUNTY",
            "划归合肥市管辖, 2, 合肥市, CITY",
            "划归长洲区管辖, 2, 长洲区, COUNTY",
            "划归蝶山区管辖, 2, 蝶山区, FORMER_COUNTY",
            "'划入瓜沥镇,', 2, 瓜沥镇, TOWNSHIP"})
    void targetAt_afterTheVerb_isTheUnitTheMoveGoesTo(String clause, int start, String name, Kind kind) {
        assertThat(read(UNITS::targetAt, clause, 2)).isEqualTo(new ClauseName(start, name, kind));
    }

    @Test
    void higherAndCountyEndingAt_findTheNameEndingThere() {
        String city = "陇南市辖原武都县";
        String county = "长洲区辖原郊区长洲镇";
        String far = "一二三四五六七八陇南市辖";

        assertThat(read(UNITS::higherEndingAt, city, 3)).isEqualTo(new ClauseName(0, "陇南市", Kind.CITY));
        assertThat(read(UNITS::higherEndingAt, far, 11)).isEqualTo(new ClauseName(8, "陇南市", Kind.CITY));
        assertThat(read(UNITS::higherEndingAt, city, 2)).isNull();
        assertThat(read(UNITS::countyEndingAt, county, 3)).isEqualTo(new ClauseName(0, "长洲区", Kind.COUNTY));
        assertThat(read(UNITS::countyEndingAt, county, 2)).isNull();
        assertThat(read(UNITS::countyEndingAt, "壶关辖", 2)).isNull();
    }

    @Test
    void unitEndingBefore_isTheLastDivisionNamedBeforeTheList() {
        String s = "长治市的壶关县的";

        assertThat(read(UNITS::unitEndingBefore, s, 4)).extracting(DivisionMention::name).isEqualTo("长治市");
        assertThat(read(UNITS::unitEndingBefore, s, 8)).extracting(DivisionMention::name).isEqualTo("壶关县");
        assertThat(read(UNITS::unitEndingBefore, "撤销的", 3)).isNull();
    }

    @Test
    void townshipEndingAt_isTheTownBeforeTheWord_withoutTheDistrictPrintedBeforeIt() {
        String s = "原郊区龙湖镇的高旺";
        String marked = "将甲乡的";

        assertThat(read(UNITS::townshipEndingAt, s, 6)).isEqualTo(new ClauseName(3, "龙湖镇", Kind.TOWNSHIP));
        assertThat(read(UNITS::townshipEndingAt, marked, 3)).isEqualTo(new ClauseName(1, "甲乡", Kind.TOWNSHIP));
        assertThat(read(UNITS::townshipEndingAt, "高旺村的", 3)).isNull();
        assertThat(read(UNITS::townshipEndingAt, "乡的", 1)).isNull();
    }

    @Test
    void townshipEndingAt_walksBackTenCharactersAtMost() {
        String s = "一二三四五六七八九十镇的";

        assertThat(read(UNITS::townshipEndingAt, s, 11)).isEqualTo(new ClauseName(1, "二三四五六七八九十镇", Kind.TOWNSHIP));
    }

    // ---------------------------------------------------------------- the static readers

    @Test
    void afterSeparator_isAfter以及或顿号_andMinusOneElsewhere() {
        assertThat(ClauseUnits.afterSeparator("甲镇以及乙镇", 2)).isEqualTo(4);
        assertThat(ClauseUnits.afterSeparator("甲镇、乙镇", 2)).isEqualTo(3);
        assertThat(ClauseUnits.afterSeparator("甲镇和乙镇", 2)).isEqualTo(3);
        assertThat(ClauseUnits.afterSeparator("甲镇,乙镇", 2)).isEqualTo(-1);
        assertThat(ClauseUnits.afterSeparator("甲镇", 2)).isEqualTo(-1);
    }

    @Test
    void isBoundary_endOfTextPunctuationFunctionWordsAndTheNextVerb_endAName() {
        assertThat(ClauseUnits.isBoundary("甲镇", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇,", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇的", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇、", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇建制", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇以及", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇更名为", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇合并", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇设立", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇设置", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇划入", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇划归", 2)).isTrue();
        assertThat(ClauseUnits.isBoundary("甲镇政府", 2)).isFalse();
        assertThat(ClauseUnits.isBoundary("甲镇建设", 2)).isFalse();
    }

    @Test
    void allHan_isTrueOnlyForHanCharactersInTheRange() {
        assertThat(ClauseUnits.allHan("甲乙a", 0, 2)).isTrue();
        assertThat(ClauseUnits.allHan("甲乙a", 0, 3)).isFalse();
        assertThat(ClauseUnits.allHan("a甲乙", 1, 3)).isTrue();
    }

    @Test
    void isPhrase_holds的Or辖() {
        assertThat(ClauseUnits.isPhrase("保定市的满城县")).isTrue();
        assertThat(ClauseUnits.isPhrase("保定市辖原保定地区")).isTrue();
        assertThat(ClauseUnits.isPhrase("满城县")).isFalse();
    }

    @Test
    void afterFormer_skips原Only() {
        assertThat(ClauseUnits.afterFormer("撤销原郊区", 2)).isEqualTo(3);
        assertThat(ClauseUnits.afterFormer("撤销郊区", 2)).isEqualTo(2);
    }

    @Test
    void townshipNameAt_endsAtTheFirstSuffixFollowedByABoundary() {
        assertThat(ClauseUnits.townshipNameAt("瓜沥镇、坎山镇", 0)).isEqualTo(new ClauseName(0, "瓜沥镇", Kind.TOWNSHIP));
        assertThat(ClauseUnits.townshipNameAt("撤销镇江乡,", 2)).isEqualTo(new ClauseName(2, "镇江乡", Kind.TOWNSHIP));
        assertThat(ClauseUnits.townshipNameAt("贵石沟街道", 0)).isEqualTo(new ClauseName(0, "贵石沟街道", Kind.TOWNSHIP));
    }

    @Test
    void townshipNameAt_suffixAlone_nonHanInside_or乡镇_isNoName() {
        assertThat(ClauseUnits.townshipNameAt("乡、甲镇", 0)).isNull();
        assertThat(ClauseUnits.townshipNameAt("甲a镇,", 0)).isNull();
        assertThat(ClauseUnits.townshipNameAt("各乡镇,", 0)).isNull();
        assertThat(ClauseUnits.townshipNameAt("瓜沥镇政府", 0)).isNull();
    }

    @Test
    void townshipNameAt_nameOfTenCharacters_isRead_andOfElevenIsNot() {
        assertThat(ClauseUnits.townshipNameAt("一二三四五六七八九镇,", 0)).extracting(ClauseName::text)
                .isEqualTo("一二三四五六七八九镇");
        assertThat(ClauseUnits.townshipNameAt("一二三四五六七八九十镇,", 0)).isNull();
    }

    @Test
    void villageNameAt_villageOrCommitteeWithItsSuffix_endingAtABoundary() {
        assertThat(ClauseUnits.villageNameAt("高村、", 0)).isEqualTo(new ClauseName(0, "高村", Kind.VILLAGE));
        assertThat(ClauseUnits.villageNameAt("将新兴二路居委会、", 1)).isEqualTo(new ClauseName(1, "新兴二路居委会", Kind.VILLAGE));
        assertThat(ClauseUnits.villageNameAt("高旺村民小组", 0)).isNull();
        assertThat(ClauseUnits.villageNameAt("新兴2村", 0)).isNull();
    }

    @Test
    void villageNameAt_nameOfSixteenCharacters_isRead_andOfSeventeenIsNot() {
        String sixteen = "一二三四五六七八九十壹村民委员会";
        String seventeen = "一二三四五六七八九十壹贰村民委员会";

        assertThat(ClauseUnits.villageNameAt(sixteen + ",", 0)).extracting(ClauseName::text).isEqualTo(sixteen);
        assertThat(ClauseUnits.villageNameAt(seventeen + ",", 0)).isNull();
    }

    // ---------------------------------------------------------------- a sentence further into the document

    @Test
    void namesAfter_unitsEachFollowedBy建制_areAllRead() {
        assertThat(namesAfter("撤销瓜沥镇建制、坎山镇建制,设立瓜沥街道。", 2)).extracting(ClauseName::text)
                .containsExactly("瓜沥镇", "坎山镇");
    }

    @Test
    void namesAfter_cityEndingTheText_isTheCity() {
        assertThat(namesAfter("撤销长治市", 2)).containsExactly(new ClauseName(2, "长治市", Kind.CITY));
    }

    @Test
    void countyNameAt_districtRightAfterItsCity_isTheDistrict_notAGenericOne() {
        String s = "梧州市蝶山区的";

        assertThat(read(UNITS::countyNameAt, s, 3)).isEqualTo(new ClauseName(3, "蝶山区", Kind.FORMER_COUNTY));
    }

    @Test
    void namesEndingAt_inASentenceThatStartsFurtherIntoTheDocument_areFoundAtTheirPlace() {
        String text = "一、同意。撤销长洲区辖原郊区的壶关县,长治市的壶关县的";
        int offset = text.indexOf("撤销");
        String sentence = text.substring(offset);
        DivisionDoc d = doc(text);

        assertThat(UNITS.countyEndingAt(d, offset, sentence, 5)).isEqualTo(new ClauseName(2, "长洲区", Kind.COUNTY));
        assertThat(UNITS.countyEndingAt(d, offset, sentence, 4)).isNull();
        // 郊区 is no county-level name of its own: the unit named last before the list is 长洲区
        assertThat(UNITS.unitEndingBefore(d, offset, sentence, sentence.indexOf("壶关县")))
                .extracting(DivisionMention::name).isEqualTo("长洲区");
        assertThat(UNITS.unitEndingBefore(d, offset, sentence, sentence.indexOf("的壶关县的")))
                .extracting(DivisionMention::name).isEqualTo("长治市");
        assertThat(UNITS.unitEndingBefore(d, offset, sentence, sentence.lastIndexOf("的")))
                .extracting(DivisionMention::name).isEqualTo("壶关县");
        assertThat(UNITS.higherEndingAt(d, offset, sentence, sentence.indexOf("的壶关县的")))
                .isEqualTo(new ClauseName(sentence.indexOf("长治市"), "长治市", Kind.CITY));
    }

    @Test
    void unitEndingBefore_cityPrintedAfterOtherWords_isTheCity() {
        String s = "撤销原长治市的壶关县";

        assertThat(read(UNITS::unitEndingBefore, s, 7)).extracting(DivisionMention::name, DivisionMention::level)
                .containsExactly("长治市", Gazetteer.CITY);
    }
}
