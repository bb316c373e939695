package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Change clauses of replies outside Shanxi, read through {@link DivisionMatcher}: snippets of the
 * held-back set (src/test/resources/outside: 杭政函〔2013〕121号 and 国函〔2003〕1号, both printed in
 * traditional characters).
 */
class ChangeClausesTest {

    private static final DivisionMatcher MATCHER = new DivisionMatcher();
    /** 杭政函〔2013〕121号 l.49: three towns abolished with their 建制, a new town of the first one's name. */
    private static final String MERGER = "同意撤銷瓜瀝鎮、坎山鎮、黨山鎮建制,合并設立新的瓜瀝鎮。該鎮轄11個社區、63個行政村,鎮政府駐航塢路220號。";
    /** 国函〔2003〕1号 l.23-27 (梧州市). */
    private static final List<String> WUZHOU = List.of(
            "一、同意撤銷梧州市郊區,設立梧州市長洲區。長洲區轄原郊區長洲鎮及龍湖鎮的新興、龍新、平浪3個村,同時將蝶山區的新興二路居委會、"
                    + "龍山里居委會、西堤三路第一居委會、西堤三路第二居委會以及蒼梧縣倒水鎮劃歸長洲區管轄。長洲區人民政府駐新興二路。",
            "",
            "二、同意將蒼梧縣旺甫鎮和原郊區城東鎮劃歸萬秀區管轄。萬秀區人民政府駐阜民路。",
            "",
            "三、同意將萬秀區塘源居委會、原郊區龍湖鎮的高旺、新民、旺步、塘源4個村和蒼梧縣夏郢鎮劃歸蝶山區管轄。蝶山區人民政府駐角嘴後路。");

    @Test
    void read_townsAbolishedWithTheir建制_andANewTownOfTheSameName_giveEachTown() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(MERGER)), 1, 1, "", "330109");

        assertThat(reading.changes()).singleElement().satisfies(c -> {
            assertThat(c.abolished()).extracting(DivisionMention::name).containsExactly("瓜沥镇", "坎山镇", "党山镇");
            assertThat(c.established()).extracting(DivisionMention::name).containsExactly("瓜沥镇");
        });
    }

    @Test
    void read_districtNamed郊区AfterItsCity_isAbolishedAsAUnit_andTheNewDistrictEstablished() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", WUZHOU), 1, 1, "", null);

        assertThat(reading.mentions()).filteredOn(m -> m.level().equals(Gazetteer.COUNTY) && m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event, DivisionMention::code)
                .containsExactly(tuple("郊区", DivisionMatcher.ABOLISHED, null),
                        tuple("长洲区", DivisionMatcher.ESTABLISHED, "450405"));
    }

    @Test
    void read_townshipsVillagesAndCommittees划归AnotherDistrict_areMovedFromTheUnitPrintedBeforeThem() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", WUZHOU), 1, WUZHOU.size(), "", null);

        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.MOVED_INTO.equals(m.event()))
                .extracting(DivisionMention::name, DivisionMention::level)
                .containsExactlyInAnyOrder(
                        tuple("长洲镇", Gazetteer.TOWNSHIP), tuple("新兴", Gazetteer.VILLAGE),
                        tuple("龙新", Gazetteer.VILLAGE), tuple("平浪", Gazetteer.VILLAGE),
                        tuple("新兴二路居委会", Gazetteer.VILLAGE), tuple("龙山里居委会", Gazetteer.VILLAGE),
                        tuple("西堤三路第一居委会", Gazetteer.VILLAGE), tuple("西堤三路第二居委会", Gazetteer.VILLAGE),
                        tuple("倒水镇", Gazetteer.TOWNSHIP), tuple("旺甫镇", Gazetteer.TOWNSHIP), tuple("城东镇", Gazetteer.TOWNSHIP),
                        tuple("塘源居委会", Gazetteer.VILLAGE), tuple("高旺", Gazetteer.VILLAGE), tuple("新民", Gazetteer.VILLAGE),
                        tuple("旺步", Gazetteer.VILLAGE), tuple("塘源", Gazetteer.VILLAGE), tuple("夏郢镇", Gazetteer.TOWNSHIP));
        List<DivisionChange.VillageMove> moves = reading.changes().stream().flatMap(c -> c.villageMoves().stream()).toList();
        assertThat(moves).filteredOn(m -> m.village().name().equals("倒水镇")).singleElement()
                .satisfies(m -> assertThat(m.from().name()).isEqualTo("苍梧县"))
                .satisfies(m -> assertThat(m.to().name()).isEqualTo("长洲区"));
        assertThat(moves).filteredOn(m -> m.village().name().equals("城东镇")).singleElement()
                .satisfies(m -> assertThat(m.from().name()).isEqualTo("郊区"));
        assertThat(moves).filteredOn(m -> m.village().name().equals("夏郢镇")).singleElement()
                .satisfies(m -> assertThat(m.to().name()).isEqualTo("蝶山区"));
    }

    @Test
    void read_townshipGivingUpVillages_isNamedWithoutTheDistrictPrintedBeforeIt_andIsNoMovedUnit() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", WUZHOU), 1, WUZHOU.size(), "", null);

        assertThat(reading.mentions()).extracting(DivisionMention::name).contains("龙湖镇", "蝶山区")
                .doesNotContain("郊区龙湖镇");
        assertThat(reading.mentions()).filteredOn(m -> m.name().equals("龙湖镇"))
                .allSatisfy(m -> assertThat(m.event()).isNull());
    }

    @Test
    void read_townshipEstablishedBy设置_isEstablished() {
        // 黔府函〔2013〕238号 (src/test/resources/outside/corpus/guizhou-2013-fenggang.txt l.9)
        String clause = "一、同意撤销凤冈县天桥乡建制,设置天桥镇,镇人民政府驻石桥社区;同意撤销凤冈县何坝乡建制,设置何坝镇,镇人民政府驻何坝社区。";

        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(clause)), 1, 1, "", "52");

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event)
                .containsExactly(tuple("天桥乡", DivisionMatcher.ABOLISHED), tuple("天桥镇", DivisionMatcher.ESTABLISHED),
                        tuple("何坝乡", DivisionMatcher.ABOLISHED), tuple("何坝镇", DivisionMatcher.ESTABLISHED));
    }

    /** 国函〔1994〕133号 l.19-21 (保定): a prefecture and its city merged, the counties of each listed after 辖原…的 and 和…的. */
    private static final List<String> BAODING_1994 = List.of(
            "一、同意保定地区和保定市合并,组建新的地级保定市。",
            "",
            "二、新设立的地级保定市辖原保定地区的涞水县、阜平县、徐水县、定兴县、唐县、高阳县、容城县、涞源县、望都县、安新县、易县、"
                    + "曲阳县、蠡县、顺平县、博野县、雄县和保定市的满城县、清苑县及南市区、北市区、新市区。原保定地区的涿州市、定州市、安国市、高碑店市由省直辖。");

    /** 国函〔2015〕73号 l.7, l.15 (保定): districts abolished by the city's name, and a district renamed. */
    private static final List<String> BAODING_2015 = List.of(
            "一、同意撤销保定市北市区、南市区,设立保定市莲池区,以原北市区、南市区的行政区域为莲池区的行政区域。",
            "",
            "五、同意保定市新市区更名为竞秀区。");

    @Test
    void read_countiesAPrefectureHandsToTheNewCity_endAtTheConjunction_andNoPhraseBecomesAName() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_1994), 1, BAODING_1994.size(), "", "13");

        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.MOVED_INTO.equals(m.event()))
                .extracting(DivisionMention::name)
                .containsExactly("涞水县", "阜平县", "徐水县", "定兴县", "唐县", "高阳县", "容城县", "涞源县", "望都县",
                        "安新县", "易县", "曲阳县", "蠡县", "顺平县", "博野县", "雄县");
        assertThat(reading.mentions()).extracting(DivisionMention::name)
                .noneMatch(name -> name.contains("的") || name.startsWith("和"));
    }

    @Test
    void read_prefectureAndCityMergedIntoANewCityOfTheCitysName_abolishThePrefecture_andEstablishTheCity() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_1994), 1, BAODING_1994.size(), "", "13");

        assertThat(reading.mentions()).filteredOn(m -> m.line() == 1 && m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event)
                .containsExactly(tuple("保定地区", DivisionMatcher.ABOLISHED), tuple("保定市", DivisionMatcher.ESTABLISHED));
    }

    @Test
    void read_stemOfACurrentDistrictWithTheSuffix县_isNotThatDistrict() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_1994), 1, BAODING_1994.size(), "", "13");

        assertThat(reading.mentions()).extracting(DivisionMention::name).doesNotContain("徐水区", "满城区", "清苑区");
    }

    @Test
    void read_districtPrintedAfterACityThatHoldsNoneOfThatName_hasNoCode() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_2015), 1, BAODING_2015.size(), "", null);

        assertThat(reading.mentions()).filteredOn(m -> m.name().equals("新市区"))
                .isNotEmpty().allSatisfy(m -> assertThat(m.code()).as("乌鲁木齐's 新市区 is not 保定's").isNull());
    }

    @Test
    void read_renameClause_givesTheOldAndTheNewNameTheEvent更名() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_2015), 1, BAODING_2015.size(), "", null);

        assertThat(reading.mentions()).filteredOn(m -> "更名".equals(m.event()))
                .extracting(DivisionMention::name, DivisionMention::code)
                .containsExactlyInAnyOrder(tuple("新市区", null), tuple("竞秀区", "130602"));
        assertThat(reading.changes()).filteredOn(c -> c.abolished().stream().anyMatch(m -> m.name().equals("新市区")))
                .singleElement().satisfies(c -> assertThat(c.established()).extracting(DivisionMention::name)
                        .containsExactly("竞秀区"));
    }

    @Test
    void read_districtsNamedAfterTheirQuarter_areAbolished_thoughTheyEndIn市区() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", BAODING_2015), 1, BAODING_2015.size(), "", "13");

        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.ABOLISHED.equals(m.event()))
                .extracting(DivisionMention::name).contains("北市区", "南市区");
    }

    @Test
    void read_genericUrbanArea_isNoDistrict() {
        List<String> text = List.of("同意撤销市区内的3个乡,设立新的街道。");
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", text), 1, 1, "", "13");

        assertThat(reading.mentions()).extracting(DivisionMention::name).doesNotContain("市区");
    }

    /** 国函〔1995〕68号 l.13 (吉林, traditional): the city printed before the renamed district has 原 in its name. */
    private static final List<String> FUYU_1995 = List.of("二、同意松原市扶餘區更名為寧江區。");

    @Test
    void read_renameAfterACityWhoseName原_keepsTheCityOutOfTheOldName() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", FUYU_1995), 1, FUYU_1995.size(), "", "22");

        assertThat(reading.mentions()).filteredOn(m -> "更名".equals(m.event()))
                .extracting(DivisionMention::name).containsExactlyInAnyOrder("扶余区", "宁江区");
    }

    /** 国函〔1995〕68号 l.9-13 (吉林, traditional): the request asked for 三江区, the reply grants 宁江区. */
    private static final List<String> FUYU_REQUEST_AND_REPLY = List.of(
            "你省《關於恢復扶餘縣和將扶餘區更名為三江區的請示》(吉政文〔1995〕5號)和有關補充報告收悉。現批覆如下:",
            "",
            "一、同意設立扶餘縣。",
            "",
            "二、同意松原市扶餘區更名為寧江區。");

    @Test
    void read_renameOnlyAskedForInTheRequestsTitle_isNoRename_theOneGrantedIs() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", FUYU_REQUEST_AND_REPLY), 1,
                FUYU_REQUEST_AND_REPLY.size(), "", "22");

        assertThat(reading.mentions()).filteredOn(m -> "更名".equals(m.event()))
                .extracting(DivisionMention::name, DivisionMention::line)
                .containsExactlyInAnyOrder(tuple("扶余区", 5), tuple("宁江区", 5));
    }

    /** shandong-2019-docs l.17 (shared/outside): industrial parks renamed, no division. */
    private static final List<String> PARKS_RENAMED = List.of(
            "为更好地发挥开发区的功能优势和开放引领作用,提升园区综合竞争力,现将济南槐荫工业园区等11家工业园区统一更名为经济开发区。"
                    + "更名后,开发区的隶属关系、机构级别、人员编制、规划面积、四至范围等不变。");

    @Test
    void read_parksRenamed_isNoRenameOfADivision() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", PARKS_RENAMED), 1, 1, "", "37");

        assertThat(reading.mentions()).noneMatch(m -> "更名".equals(m.event()));
        assertThat(reading.changes()).isEmpty();
    }

    /** 国函〔1995〕68号 l.11 (吉林, traditional): a county set up by a clause of its own, then its townships in counted groups. */
    private static final List<String> FUYU_COUNTY = List.of(
            "一、同意設立扶餘縣。扶餘縣轄扶餘區的長春嶺、五家站、三岔河、三井子、增盛、弓棚子、蔡家溝、陶賴昭8個鎮和永平、社裡、四馬架、三義、石橋、"
                    + "伊家店、徐家店、二龍山、大林子、更新、萬發、新站、拉林、肖家、榆樹溝、大三家子、新城局、七家子18個鄉,縣人民政府駐三岔河鎮。");

    @Test
    void read_clauseThatOnlyEstablishesACounty_establishesIt_andItsCountedTownshipsMoveIntoIt() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", FUYU_COUNTY), 1, 1, "", "22");

        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.ESTABLISHED.equals(m.event()))
                .extracting(DivisionMention::name).containsExactly("扶余县");
        List<DivisionChange.VillageMove> moves = reading.changes().stream().flatMap(c -> c.villageMoves().stream()).toList();
        assertThat(moves).hasSize(26).allSatisfy(m -> {
            assertThat(m.from().name()).isEqualTo("扶余区");
            assertThat(m.to().name()).isEqualTo("扶余县");
        });
        assertThat(moves).extracting(m -> m.village().name()).contains("长春岭", "陶赖昭", "永平", "七家子");
    }

    @Test
    void read_agreementToEstablishSomethingElse_establishesNoUnit() {
        List<String> text = List.of("一、同意设立县人民法院派出法庭。");
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", text), 1, 1, "", "22");

        assertThat(reading.mentions()).noneMatch(m -> DivisionMatcher.ESTABLISHED.equals(m.event()));
    }

    /** 国函〔2004〕10号 l.15 (哈尔滨): a new district takes over townships written bare, in groups that count them. */
    private static final String SONGBEI = "二、哈尔滨市设立松北区,辖原属道外区的松北、松浦、万宝3个镇,太阳岛、三电2个街道,以及原属呼兰县的乐业、对青山2个镇。";

    @Test
    void read_newDistrictTakingOverCountedGroupsOfTownships_movesEachTownshipFromTheUnitBeforeItsGroup() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(SONGBEI)), 1, 1, "", "23");

        List<DivisionChange.VillageMove> moves = reading.changes().stream().flatMap(c -> c.villageMoves().stream()).toList();
        assertThat(moves).extracting(m -> m.village().name(), m -> m.from().name(), m -> m.to().name())
                .containsExactly(tuple("松北", "道外区", "松北区"), tuple("松浦", "道外区", "松北区"), tuple("万宝", "道外区", "松北区"),
                        tuple("太阳岛", "道外区", "松北区"), tuple("三电", "道外区", "松北区"),
                        tuple("乐业", "呼兰县", "松北区"), tuple("对青山", "呼兰县", "松北区"));
        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.ESTABLISHED.equals(m.event()))
                .extracting(DivisionMention::name).containsExactly("松北区");
    }

    @Test
    void read_groupWhoseCountDisagreesWithItsNames_movesNone() {
        String miscounted = SONGBEI.replace("万宝3个镇", "万宝4个镇").replace("三电2个街道", "三电3个街道").replace("对青山2个镇", "对青山5个镇");

        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(miscounted)), 1, 1, "", "23");

        assertThat(reading.changes().stream().flatMap(c -> c.villageMoves().stream())).isEmpty();
    }

    /** 国函〔2009〕125号 (tianjin-2009-binhai.txt l.17): three districts abolished after their city, none of them in today's gazetteer. */
    private static final String BINHAI = "同意撤销天津市塘沽区、汉沽区、大港区,设立天津市滨海新区,以原塘沽区、汉沽区、大港区的行政区域为滨海新区的行政区域。";

    @Test
    void read_districtsNoLongerInTheGazetteerAbolishedAfterTheirCity_areAbolishedWithoutCode() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(BINHAI)), 1, 1, "", "12");

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event, DivisionMention::code)
                .containsExactly(tuple("塘沽区", DivisionMatcher.ABOLISHED, null), tuple("汉沽区", DivisionMatcher.ABOLISHED, null),
                        tuple("大港区", DivisionMatcher.ABOLISHED, null), tuple("滨海新区", DivisionMatcher.ESTABLISHED, "120116"));
    }

    @Test
    void read_areaEndingIn区ThatIsNoDivision_isNotAbolished() {
        String clause = "同意撤销东山工业区、西河经济区,设立东山镇,以原东山工业区的行政区域为东山镇的行政区域。";

        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(clause)), 1, 1, "", "12");

        assertThat(reading.mentions()).extracting(DivisionMention::name).doesNotContain("东山工业区", "西河经济区");
    }

    /** 国函〔2003〕139号 (ningxia-2003-zhongwei.txt l.27-35): a county made a city, counties moved, a merger, townships 划归. */
    private static final List<String> ZHONGWEI = List.of(
            "一、同意撤销中卫县,设立地级中卫市。市人民政府驻沙坡头区滨河西路。",
            "",
            "二、中卫市设立沙坡头区,以原中卫县的行政区域为沙坡头区的行政区域。区人民政府驻鼓楼西街。",
            "",
            "三、中卫市辖从吴忠市划入的中宁县、从固原市划入的海原县和新设立的沙坡头区。",
            "",
            "四、撤销石嘴山市惠农县和石嘴山区,设立石嘴山市惠农区,以原惠农县和石嘴山区的行政区域为惠农区的行政区域。区人民政府驻北大街。",
            "",
            "五、撤销石嘴山市陶乐县。将原陶乐县的红崖子乡、高仁乡、马太沟镇划归平罗县管辖,月牙湖乡划归银川市兴庆区管辖。");

    private static DivisionMatcher.Reading zhongwei() {
        return MATCHER.read(SourceText.of("s.txt", ZHONGWEI), 1, ZHONGWEI.size(), "", "64");
    }

    private static List<DivisionChange.VillageMove> moves(DivisionMatcher.Reading reading) {
        return reading.changes().stream().flatMap(c -> c.villageMoves().stream()).toList();
    }

    @Test
    void read_countyAndADistrictNamedLikeItsCityMergedIntoANewDistrict_bothAreAbolished() {
        assertThat(zhongwei().mentions()).filteredOn(m -> m.line() == 7 && m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event)
                .containsExactly(tuple("惠农县", DivisionMatcher.ABOLISHED), tuple("石嘴山区", DivisionMatcher.ABOLISHED),
                        tuple("惠农区", DivisionMatcher.ESTABLISHED));
    }

    @Test
    void read_clauseThatOnlyAbolishesACounty_abolishesIt() {
        assertThat(zhongwei().mentions()).filteredOn(m -> m.name().equals("陶乐县"))
                .extracting(DivisionMention::event).containsExactly(DivisionMatcher.ABOLISHED);
    }

    @Test
    void read_countiesPrintedAfter从X划入的_moveIntoTheUnitBefore辖_andTheCitiesTheyLeaveAreNoRows() {
        DivisionMatcher.Reading reading = zhongwei();

        assertThat(moves(reading)).filteredOn(m -> m.village().level().equals(Gazetteer.COUNTY))
                .extracting(m -> m.village().name(), m -> m.from().name(), m -> m.to().name())
                .containsExactly(tuple("中宁县", "吴忠市", "中卫市"), tuple("海原县", "固原市", "中卫市"));
        assertThat(reading.mentions()).extracting(DivisionMention::name).doesNotContain("吴忠市", "固原市");
    }

    @Test
    void read_second划归AfterACommaWithoutAnObjectMarker_continuesTheListInto_theDistrictPrintedAfterItsCity() {
        assertThat(moves(zhongwei())).filteredOn(m -> m.village().level().equals(Gazetteer.TOWNSHIP))
                .extracting(m -> m.village().name(), m -> m.from().name(), m -> m.to().name())
                .containsExactly(tuple("红崖子乡", "陶乐县", "平罗县"), tuple("高仁乡", "陶乐县", "平罗县"),
                        tuple("马太沟镇", "陶乐县", "平罗县"), tuple("月牙湖乡", "陶乐县", "兴庆区"));
    }

    /** 苏政发〔2015〕91号 l.9 (jiangsu-2015-dafeng, traditional): a county-level city the gazetteer holds only as a district today. */
    private static final String DAFENG = "撤銷縣級大豐市,設立鹽城市大豐區,以原大豐市的行政區域為大豐區的行政區域,大豐區人民政府駐大中鎮大華東路1號。";
    /** 国函〔2001〕6号 l.13 (yunnan-2001-zhaotong): the county-level city whose name the new prefecture-level city takes. */
    private static final String ZHAOTONG = "一、同意撤销昭通地区和县级昭通市,设立地级昭通市。市人民政府驻新设立的昭阳区。";
    /** 苏政发〔2004〕9号 l.23 (jiangsu-2004-yancheng): a district renamed, the new name printed after its city. */
    private static final String TINGHU = "二、盐城市城区更名为盐城市亭湖区。亭湖区辖原盐城市城区以及原盐都县的便仓、伍佑、步凤3个镇。区人民政府驻人民中路。";

    @Test
    void read_county级CityNoLongerInTheGazetteerAbolished_isAbolishedAtCountyLevel() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(DAFENG)), 1, 1, "", null);

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::level, DivisionMention::event)
                .contains(tuple("大丰市", Gazetteer.COUNTY, DivisionMatcher.ABOLISHED),
                        tuple("大丰区", Gazetteer.COUNTY, DivisionMatcher.ESTABLISHED));
    }

    @Test
    void read_county级CityWhoseNameTheNewPrefectureTakes_isAbolishedAndTheCityEstablished() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(ZHAOTONG)), 1, 1, "", null);

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::event)
                .contains(tuple("昭通地区", DivisionMatcher.ABOLISHED), tuple("昭通市", DivisionMatcher.ABOLISHED),
                        tuple("昭通市", DivisionMatcher.ESTABLISHED));
    }

    @Test
    void read_renameWhoseNewNameFollowsItsCity_givesTheDistrictWithoutTheCity() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", List.of(TINGHU)), 1, 1, "", null);

        assertThat(reading.mentions()).filteredOn(m -> "更名".equals(m.event()))
                .extracting(DivisionMention::name).containsExactlyInAnyOrder("城区", "亭湖区");
    }

    /** 济南市人民政府 to 章丘区 l.11-13 (jinan-2017-zhangqiu, traditional, reading aids removed): villages counted after 等, a 街道办事处 set up. */
    private static final List<String> ZHANGQIU = List.of(
            "二、撤銷水寨鎮,將原水寨鎮的水北、水南、郝家樓、康家、王家橋、南辛、苑李、季周、獅子口、彭劉、北張、門口、北范、門東、馬高、孟莊、"
                    + "魯高、賈莊、高高等19個行政村劃歸刁鎮管轄;將原水寨鎮的趙百戶、辛豐、垛寨、羅綾、東殿、西殿、張家林、隗家、范家、鄭家、"
                    + "太平、托寨、趙官橋等13個行政村劃歸白云湖鎮管轄。",
            "",
            "三、撤銷曹范鎮,以其原行政區域設立曹范街道辦事處,街道辦事處機關駐原曹范鎮政府駐地。");

    @Test
    void read_villagesCountedAfter等_areMovedWithoutThe等() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", ZHANGQIU), 1, ZHANGQIU.size(), "", null);

        assertThat(reading.mentions()).filteredOn(m -> Gazetteer.VILLAGE.equals(m.level()))
                .extracting(DivisionMention::name).hasSize(32).contains("高高", "赵官桥").noneMatch(n -> n.endsWith("等"));
    }

    @Test
    void read_subdistrictSetUpWithItsOffice_establishesTheSubdistrict() {
        DivisionMatcher.Reading reading = MATCHER.read(SourceText.of("s.txt", ZHANGQIU), 1, ZHANGQIU.size(), "", null);

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null && !Gazetteer.VILLAGE.equals(m.level()))
                .extracting(DivisionMention::name, DivisionMention::event)
                .contains(tuple("水寨镇", DivisionMatcher.ABOLISHED), tuple("曹范镇", DivisionMatcher.ABOLISHED),
                        tuple("曹范街道", DivisionMatcher.ESTABLISHED));
    }
}
