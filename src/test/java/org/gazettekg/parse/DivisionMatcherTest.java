package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.gazettekg.graph.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DivisionMatcherTest {

    private static final DivisionMatcher MATCHER = new DivisionMatcher();
    private static final String NOTICE = "/divisions/changzhi-2020-02-l96-116.txt";
    private static final String NOTICE_EXPECTED = "/divisions/changzhi-2020-02-l96-116.expected.tsv";
    /**
     * A district's reply abolishing six towns (西安市鄠邑区人民政府, 鄠政发〔2021〕1号), as copied at
     * http://xzqh.info/lt/read.php?fpage=30&tid=166271 from http://www.xahy.gov.cn/zwgk/zfwj/qzfwj/601f495ef8fd1c2073f3da12.html.
     */
    private static final String XIAN_REPLY = "/divisions/xian-2021-huyi.txt";
    /** A State Council reply abolishing a prefecture (国函〔2004〕1号); source in its header. */
    private static final String LONGNAN_REPLY = "/divisions/longnan-2004-guohan.txt";
    /** Separates the lines of a snippet in the table below. */
    private static final String LINE_BREAK = "⏎";

    /** Snippets from the corpus (lines joined by ⏎) and the county-level names they must give. */
    static Stream<Arguments> countySnippets() {
        return Stream.of(
                Arguments.of("repeated suffix starts a new word", "丁裕\t应县县委副书记、县长", List.of("应县")),
                Arguments.of("one-character stem inside 县区", "朔州市中小企业信用担保中心在相应县区设立分公司或办事处。", List.of()),
                Arguments.of("one-character stem before a word starting with 市", "沁县市场监督管理局、应县乡村振兴局", List.of("沁县", "应县")),
                Arguments.of("one-character stem before 县级", "吸收整合辖内对应县级政府性融资担保机构", List.of()),
                Arguments.of("development zones", "长治高新区、经开区、开发区管委会", List.of()),
                Arguments.of("generic urban areas", "加快主城区与城区、市区、郊区和矿区的连接", List.of()),
                Arguments.of("city and province names", "山西省长治市人民政府、晋城市、朔州市", List.of()),
                Arguments.of("brand without suffix", "以“有机旱作”“上党小米”“上党党参”为引领", List.of()),
                Arguments.of("short form opening a zone name", "右玉生态文化旅游开发区、右玉第二污水处理厂", List.of()),
                Arguments.of("county name as company prefix", "襄垣县林盛果业、壶关县辛寨醋业", List.of("襄垣县", "壶关县")),
                Arguments.of("name broken across a blank line", "依托壶关⏎⏎县的资源", List.of("壶关县")),
                Arguments.of("longest name wins", "新绛县、绛县和古县", List.of("新绛县", "绛县", "古县")),
                Arguments.of("short forms closed by a division noun", "加快主城区与上党、潞城、屯留6个县区的连接线",
                        List.of("上党区", "潞城区", "屯留区")),
                Arguments.of("short form beside a full name", "公路分局负责,襄垣、沁县政府落实", List.of("襄垣县", "沁县")),
                Arguments.of("short forms naming airports", "重点推进武乡、沁源通用机场建设", List.of()),
                Arguments.of("former name, current name already given", "长治市屯留区屯留县消防救援大队", List.of("屯留区")),
                Arguments.of("former name alone", "原长治县境内", List.of("长治县")),
                Arguments.of("county-level cities", "高平市、怀仁市、介休市", List.of("高平市", "怀仁市", "介休市")),
                Arguments.of("districts named 城区 are generic", "晋城市城区、阳泉市城区", List.of()),
                Arguments.of("one-character stem inside 县城", "振兴县城经济，推进现代县城建设", List.of()),
                Arguments.of("one-character stem before its 城关镇", "兴县城关镇、应县县城", List.of("兴县", "应县")),
                Arguments.of("short forms of another city closed by 两市", "孝义、汾阳两市", List.of("孝义市", "汾阳市")),
                Arguments.of("short forms of another city closed by 三县", "介休、平遥、灵石三县",
                        List.of("介休市", "平遥县", "灵石县")),
                Arguments.of("one-character stems of another city", "兴县、岚县、临县和中阳县", List.of("兴县", "岚县", "临县", "中阳县")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countySnippets")
    void find_namesCountyLevelDivisionsByRule(String rule, String snippet, List<String> expected) {
        List<DivisionMention> found = MATCHER.find(snippet(snippet), 1, lines(snippet).size(), "");

        assertThat(found).extracting(DivisionMention::name).containsExactlyElementsOf(expected);
        assertThat(found).allSatisfy(m -> {
            assertThat(m.level()).isEqualTo(Gazetteer.COUNTY);
            assertThat(m.event()).isNull();
            assertThat(m.code()).hasSize(6).startsWith("14");
        });
    }

    @Test
    void find_givesOneRowPerDivision_atTheLineWhereItsFirstMentionStarts() {
        SourceText text = snippet("第一行没有⏎今年壶⏎关⏎县和沁源县⏎再说壶关县和沁源县");

        assertThat(MATCHER.find(text, 1, 5, "")).containsExactly(
                new DivisionMention(2, "壶关县", "140427", Gazetteer.COUNTY, null),
                new DivisionMention(4, "沁源县", "140431", Gazetteer.COUNTY, null));
    }

    @Test
    void find_readsOnlyTheDocumentsLines() {
        SourceText text = snippet("沁县⏎应县⏎怀仁市");

        assertThat(MATCHER.find(text, 2, 2, "")).extracting(DivisionMention::name).containsExactly("应县");
    }

    @Test
    void find_clampsARangeRunningPastTheFile_andGivesNothingForAnEmptyRange() {
        SourceText text = snippet("沁县⏎应县");

        assertThat(MATCHER.find(text, 0, 99, "")).extracting(DivisionMention::name).containsExactly("沁县", "应县");
        assertThat(MATCHER.find(text, 2, 1, "")).isEmpty();
    }

    @Test
    void find_rejectsANullSource() {
        assertThatThrownBy(() -> MATCHER.find(null, 1, 1, "")).isInstanceOf(NullPointerException.class)
                .hasMessage("source");
    }

    @Test
    void find_onTheChangeNoticeOfChangzhi2020_02_givesTheGoldenRows() throws IOException {
        SourceText notice = resource(NOTICE);

        List<DivisionMention> found = MATCHER.find(notice, 1, notice.lineCount(), "关于上党区、屯留区、潞城区、壶关县、沁源县调整部分乡镇行政区划的通告");

        assertThat(found).containsExactlyElementsOf(expectedRows());
    }

    @Test
    void changes_onTheChangeNotice_giveOneChangePerClause_withVillagesMovedIntoTheNewTown() throws IOException {
        SourceText notice = resource(NOTICE);

        List<DivisionChange> changes = MATCHER.changes(notice, 1, notice.lineCount());

        assertThat(changes).hasSize(6);
        assertThat(changes).extracting(c -> c.within().name())
                .containsExactly("上党区", "上党区", "屯留区", "潞城区", "壶关县", "沁源县");
        DivisionChange shiHui = changes.get(3);
        assertThat(shiHui.isReplacement()).isTrue();
        assertThat(shiHui.abolished()).extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("史迴乡", null));
        assertThat(shiHui.established()).extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("史回镇", "140406104"));
        DivisionChange daXiaGu = changes.get(4);
        assertThat(daXiaGu.isReplacement()).isFalse();
        assertThat(daXiaGu.villageMoves()).extracting(m -> m.village().name())
                .containsExactly("东柏坡", "西柏坡", "东脑", "紫团", "庄则上", "下石坡", "马安驼");
        assertThat(daXiaGu.villageMoves()).extracting(m -> m.from().name())
                .containsExactly("树掌镇", "树掌镇", "树掌镇", "树掌镇", "树掌镇", "石坡乡", "石坡乡");
        assertThat(daXiaGu.villageMoves()).allSatisfy(m -> {
            assertThat(m.to().name()).isEqualTo("大峡谷镇");
            assertThat(m.to().code()).isEqualTo("140427105");
            assertThat(m.from().code()).startsWith("140427");
        });
    }

    @Test
    void changes_readVillagesMovedByAnExplicit划入() {
        SourceText text = snippet("将甲乡的东村、西村2个村民委员会划入乙镇管辖，调整后乙镇的行政区域相应扩大。");

        List<DivisionChange> changes = MATCHER.changes(text, 1, 1);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.abolished()).isEmpty();
            assertThat(c.villageMoves()).extracting(m -> m.village().name(), m -> m.from().name(), m -> m.to().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("东村", "甲乡", "乙镇"),
                            org.assertj.core.groups.Tuple.tuple("西村", "甲乡", "乙镇"));
        });
        assertThat(MATCHER.find(text, 1, 1, "")).extracting(DivisionMention::name, DivisionMention::event)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("甲乡", null),
                        org.assertj.core.groups.Tuple.tuple("东村", DivisionMatcher.MOVED_INTO),
                        org.assertj.core.groups.Tuple.tuple("西村", DivisionMatcher.MOVED_INTO));
    }

    @Test
    void changes_ignore撤销OutsideTheFormulaOfAChangeNotice() {
        SourceText text = snippet("依法撤销韩店镇卫生院的许可。撤销乡镇企业登记，设立乡镇服务站。");

        assertThat(MATCHER.changes(text, 1, 1)).isEmpty();
        assertThat(MATCHER.find(text, 1, 1, "")).isEmpty();
    }

    @Test
    void changes_readAnEnumerationOfAbolishedUnits() {
        SourceText text = snippet("沁源县撤销王陶乡、韩洪乡，设立王陶镇，以原王陶乡、韩洪乡的行政区域为王陶镇的行政区域。");

        List<DivisionChange> changes = MATCHER.changes(text, 1, 1);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.within().name()).isEqualTo("沁源县");
            assertThat(c.abolished()).extracting(DivisionMention::name).containsExactly("王陶乡", "韩洪乡");
            assertThat(c.established()).extracting(DivisionMention::name, DivisionMention::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("王陶镇", "140431105"));
        });
    }

    @Test
    void changes_readCountyLevelUnits_skippingTheCityPrintedBeforeThem() {
        SourceText text = snippet("撤销长治县，设立长治市上党区，以原长治县的行政区域为上党区的行政区域。");

        assertThat(MATCHER.changes(text, 1, 1)).singleElement().satisfies(c -> {
            assertThat(c.abolished()).extracting(DivisionMention::name, DivisionMention::level, DivisionMention::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("长治县", Gazetteer.COUNTY, "140404"));
            assertThat(c.established()).extracting(DivisionMention::name, DivisionMention::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("上党区", "140404"));
        });
    }

    @Test
    void changes_readAReplacementDecreedByAReplyWithoutTheAreaFormula() {
        SourceText text = snippet("运城市人民政府关于撤销夏县瑶峰镇设立瑶峰街道的批复⏎夏县人民政府：⏎"
                + "你县《关于撤销瑶峰镇设立瑶峰街道的请示》收悉。经研究，批复如下：⏎一、同意撤销夏县瑶峰镇，设立瑶峰街道。");

        List<DivisionChange> changes = MATCHER.changes(text, 1, 4);

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.line()).isEqualTo(4);
            assertThat(c.within().name()).isEqualTo("夏县");
            assertThat(c.abolished()).extracting(DivisionMention::name).containsExactly("瑶峰镇");
            assertThat(c.established()).extracting(DivisionMention::name).containsExactly("瑶峰街道");
        });
    }

    @Test
    void changes_endATownshipNameWhereTheNextVerbBegins() {
        SourceText text = snippet("撤销瑶峰镇设立瑶峰街道，以原瑶峰镇的行政区域为瑶峰街道的行政区域。");

        assertThat(MATCHER.changes(text, 1, 1)).singleElement().satisfies(c -> {
            assertThat(c.abolished()).extracting(DivisionMention::name).containsExactly("瑶峰镇");
            assertThat(c.established()).extracting(DivisionMention::name).containsExactly("瑶峰街道");
        });
    }

    @Test
    void changes_skipADistrictNamed矿区PrintedBeforeItsTownship() {
        SourceText text = snippet("同意撤销矿区贵石沟街道，设立沙坪街道，以原贵石沟街道的行政区域为沙坪街道的行政区域。");

        assertThat(MATCHER.changes(text, 1, 1)).singleElement().satisfies(c ->
                assertThat(c.abolished()).extracting(DivisionMention::name).containsExactly("贵石沟街道"));
    }

    @Test
    void changes_ignoreAReplacementNamedOnlyInATitle() {
        SourceText text = snippet("根据《关于撤销瑶峰镇设立瑶峰街道的请示》，撤销和设立工作另行部署。");

        assertThat(MATCHER.changes(text, 1, 1)).isEmpty();
    }

    @Test
    void read_nameOfSeveralPlaces_resolvesInsideTheScope_andStaysUnresolvedWhereTheScopeCannotDecide() {
        SourceText text = snippet("新华区人民政府");

        assertThat(code(MATCHER.read(text, 1, 1, "", "4104"))).isEqualTo("410402");
        assertThat(code(MATCHER.read(text, 1, 1, "", "130902"))).isEqualTo("130902");
        assertThat(code(MATCHER.read(text, 1, 1, "", "13"))).as("two 新华区 in Hebei").isNull();
        assertThat(MATCHER.read(text, 1, 1, "").mentions()).extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("新华区", null));
    }

    @Test
    void read_shortFormOfAnAutonomousCounty_isThatCountyInsideTheJurisdiction_andNothingWithoutOne() {
        // gansu-2021-xiaozhen l.53, a list of the province's 特色小镇, without the prefecture printed before it
        SourceText text = snippet("积石山县大河家保安族风情特色小镇");

        assertThat(MATCHER.read(text, 1, 1, "", "62").mentions()).extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("积石山县", "622927"));
        assertThat(MATCHER.read(text, 1, 1, "", "14").mentions()).as("another province").isEmpty();
        assertThat(MATCHER.read(text, 1, 1, "").mentions()).as("no jurisdiction").isEmpty();
    }

    @Test
    void read_autonomousPrefecturePrintedByItsShortForm_placesTheCountyAfterIt_whateverTheJurisdiction() {
        // gansu-2021-xiaozhen l.53 and l.55 as printed: 临夏州 is 临夏回族自治州, 甘南州 甘南藏族自治州
        SourceText text = snippet("临夏州积石山县大河家保安族风情特色小镇⏎甘南州迭部县扎尕那生态旅游养生特色小镇");

        for (String scope : new String[] {null, "62", "14"}) {
            assertThat(MATCHER.read(text, 1, 2, "", scope).mentions()).as("scope %s", scope)
                    .extracting(DivisionMention::name, DivisionMention::code).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("积石山县", "622927"),
                            org.assertj.core.groups.Tuple.tuple("迭部县", "623024"));
        }
    }

    @Test
    void read_shortFormOfACountyThatBeginsAPrefecturesShortForm_isNotThatCounty() {
        // 海南州 is 海南藏族自治州, not 乌海市海南区: "海南藏族自治州(简称海南州)…辖共和、贵德、贵南、同德、兴海5县"
        // (http://33map.net/Article/qinghai/hainan/Index.html); here the prefecture beside one of its counties
        SourceText text = snippet("海南州、共和县");

        assertThat(MATCHER.read(text, 1, 1, "", null).mentions()).extracting(DivisionMention::name)
                .containsExactly("共和县");
        assertThat(MATCHER.read(snippet("行政区划:辖共和、贵德、贵南、同德、兴海5县和龙羊峡行委"), 1, 1, "", "6325").mentions())
                .extracting(DivisionMention::name).containsExactly("共和县", "贵德县", "贵南县", "同德县", "兴海县");
    }

    @Test
    void read_shortFormOfAnAutonomousBannerAndOfACountyForAllNationalities_areFoundInTheirProvince() {
        assertThat(MATCHER.read(snippet("莫力达瓦旗、鄂伦春旗农牧业局"), 1, 1, "", "15").mentions())
                .extracting(DivisionMention::name, DivisionMention::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("莫力达瓦旗", "150722"),
                        org.assertj.core.groups.Tuple.tuple("鄂伦春旗", "150723"));
        assertThat(MATCHER.read(snippet("支持龙胜县发展民族特色旅游"), 1, 1, "", "45").mentions())
                .extracting(DivisionMention::code).containsExactly("450328");
    }

    @Test
    void read_countyScope_widensToItsCityThenItsProvince() {
        SourceText text = snippet("会同有关部门在新华区开展检查");

        assertThat(code(MATCHER.read(text, 1, 1, "", "410421"))).as("宝丰县 → 平顶山市").isEqualTo("410402");
        assertThat(code(MATCHER.read(text, 1, 1, "", "130984"))).as("河间市 → 沧州市").isEqualTo("130902");
    }

    @Test
    void read_bareNameOfAnotherProvince_isNoDivision_butOneQualifiedByItsCityIs() {
        assertThat(MATCHER.read(snippet("推广应用;在中部平川区,开展以玉米"), 1, 1, "", "1404").mentions()).isEmpty();
        assertThat(MATCHER.read(snippet("对口支援甘肃省白银市平川区"), 1, 1, "", "1404").mentions())
                .extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("平川区", "620403"));
    }

    @Test
    void read_townshipOfTheSameNameInTwoProvinces_givesTwoDivisionNodes_andNoneWithoutScope() {
        SourceText text = snippet("同意撤销城关镇，设立城关街道，以原城关镇的行政区域为城关街道的行政区域。");

        String inHenan = abolishedCode(MATCHER.read(text, 1, 1, "", "410325"));
        String inGansu = abolishedCode(MATCHER.read(text, 1, 1, "", "620121"));

        assertThat(inHenan).isEqualTo("410325100");
        assertThat(inGansu).startsWith("620121").hasSize(9);
        assertThat(Iris.division(inHenan)).isNotEqualTo(Iris.division(inGansu));
        assertThat(abolishedCode(MATCHER.read(text, 1, 1, ""))).isNull();
    }

    @Test
    void read_townshipUniqueInTheCountry_needsTheScopeOrTheClausesCounty() {
        SourceText text = snippet("同意撤销祖庵镇，设立祖庵街道。");

        assertThat(MATCHER.read(text, 1, 1, "", null).changes()).singleElement()
                .satisfies(c -> assertThat(c.established().get(0).code()).isNull());
        assertThat(MATCHER.read(text, 1, 1, "", "610118").changes()).singleElement()
                .satisfies(c -> assertThat(c.established().get(0).code()).isEqualTo("610118009"));
    }

    @Test
    void read_xianDistrictReply_givesTheDistrictAndSixTownshipsAbolishedAndSixStreetsEstablished() throws IOException {
        SourceText reply = resource(XIAN_REPLY);

        DivisionMatcher.Reading reading = MATCHER.read(reply, 1, reply.lineCount(),
                "关于撤销祖庵等6个镇建制设立相应街道的批复", "610118");

        assertThat(reading.mentions()).first().isEqualTo(new DivisionMention(1, "鄠邑区", "610118", Gazetteer.COUNTY, null));
        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.ABOLISHED.equals(m.event()))
                .extracting(DivisionMention::name)
                .containsExactly("祖庵镇", "渭丰镇", "涝店镇", "甘河镇", "蒋村镇", "石井镇");
        assertThat(reading.mentions()).filteredOn(m -> DivisionMatcher.ESTABLISHED.equals(m.event()))
                .extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("祖庵街道", "610118009"),
                        org.assertj.core.groups.Tuple.tuple("渭丰街道", "610118010"),
                        org.assertj.core.groups.Tuple.tuple("涝店街道", "610118011"),
                        org.assertj.core.groups.Tuple.tuple("甘河街道", "610118012"),
                        org.assertj.core.groups.Tuple.tuple("蒋村街道", "610118013"),
                        org.assertj.core.groups.Tuple.tuple("石井街道", "610118014"));
        assertThat(reading.changes()).hasSize(6).allSatisfy(c -> assertThat(c.isReplacement()).isTrue());
    }

    @Test
    void read_stateCouncilReplyOnAPrefecture_abolishesItAndMovesItsEightCountiesIntoTheNewCity() throws IOException {
        SourceText reply = resource(LONGNAN_REPLY);

        DivisionMatcher.Reading reading = MATCHER.read(reply, 4, reply.lineCount(),
                "关于同意甘肃省撤销陇南地区设立地级陇南市的批复", "62");

        assertThat(reading.mentions()).filteredOn(m -> m.event() != null)
                .extracting(DivisionMention::name, DivisionMention::level, DivisionMention::event, DivisionMention::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("陇南地区", Gazetteer.CITY, DivisionMatcher.ABOLISHED, null),
                        org.assertj.core.groups.Tuple.tuple("武都县", Gazetteer.COUNTY, DivisionMatcher.ABOLISHED, null),
                        org.assertj.core.groups.Tuple.tuple("陇南市", Gazetteer.CITY, DivisionMatcher.ESTABLISHED, "6212"),
                        org.assertj.core.groups.Tuple.tuple("武都区", Gazetteer.COUNTY, DivisionMatcher.ESTABLISHED, "621202"),
                        org.assertj.core.groups.Tuple.tuple("成县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621221"),
                        org.assertj.core.groups.Tuple.tuple("文县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621222"),
                        org.assertj.core.groups.Tuple.tuple("宕昌县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621223"),
                        org.assertj.core.groups.Tuple.tuple("康县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621224"),
                        org.assertj.core.groups.Tuple.tuple("西和县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621225"),
                        org.assertj.core.groups.Tuple.tuple("礼县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621226"),
                        org.assertj.core.groups.Tuple.tuple("徽县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621227"),
                        org.assertj.core.groups.Tuple.tuple("两当县", Gazetteer.COUNTY, DivisionMatcher.MOVED_INTO, "621228"));
        assertThat(reading.changes()).last().satisfies(c -> assertThat(c.villageMoves()).hasSize(8).allSatisfy(m -> {
            assertThat(m.from().name()).isEqualTo("陇南地区");
            assertThat(m.to().code()).isEqualTo("6212");
        }));
    }

    @Test
    void read_countiesMovedBy划归_intoAnotherCity() {
        SourceText text = snippet("四、原地级巢湖市管辖的无为县划归芜湖市管辖。");

        assertThat(MATCHER.read(text, 1, 1, "", "34").changes()).singleElement().satisfies(c ->
                assertThat(c.villageMoves()).extracting(m -> m.village().name(), m -> m.to().name())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("无为县", "芜湖市")));
    }

    @Test
    void find_formerNameFromTheDerivedHistory_namesTheCurrentUnitOfAnyProvince() {
        SourceText text = snippet("原户县境内、原密云县和原长治县");

        assertThat(MATCHER.find(text, 1, 1, "")).extracting(DivisionMention::name, DivisionMention::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("户县", "610118"),
                        org.assertj.core.groups.Tuple.tuple("密云县", "110118"),
                        org.assertj.core.groups.Tuple.tuple("长治县", "140404"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordsHoldingNames")
    void find_namesNoDivisionInsideAnotherWord(String rule, String snippet) {
        assertThat(MATCHER.find(snippet(snippet), 1, 1, "")).isEmpty();
    }

    static Stream<Arguments> wordsHoldingNames() {
        return Stream.of(
                Arguments.of("one-character stem ending a verb (完成)", "按期完成县政府部署的任务"),
                Arguments.of("one-character stem that is a conjunction (和县)", "各乡镇和县直各部门"),
                Arguments.of("suffix starting a common word (合作市场)", "农民专业合作市场化运营"),
                Arguments.of("lone short form before 市 (会同市人社局)", "具体办法会同市人社局制定"),
                Arguments.of("short form before 县城 (振兴县城)", "振兴县城经济"),
                Arguments.of("generic district 新城区", "推进新城区建设和老城区改造"));
    }

    private static String code(DivisionMatcher.Reading reading) {
        assertThat(reading.mentions()).hasSize(1);
        return reading.mentions().get(0).code();
    }

    private static String abolishedCode(DivisionMatcher.Reading reading) {
        assertThat(reading.changes()).hasSize(1);
        return reading.changes().get(0).abolished().get(0).code();
    }

    private static SourceText snippet(String joined) {
        return SourceText.of("snippet.txt", lines(joined));
    }

    private static List<String> lines(String joined) {
        return Arrays.asList(joined.split(LINE_BREAK, -1));
    }

    private static SourceText resource(String path) throws IOException {
        try (InputStream in = DivisionMatcherTest.class.getResourceAsStream(path)) {
            return SourceText.decode(path, in.readAllBytes());
        }
    }

    private static List<DivisionMention> expectedRows() throws IOException {
        try (InputStream in = DivisionMatcherTest.class.getResourceAsStream(NOTICE_EXPECTED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("line\t"))
                    .map(l -> l.split("\t", -1))
                    .map(f -> new DivisionMention(Integer.parseInt(f[0]), f[1], emptyToNull(f[2]), f[3], emptyToNull(f[4])))
                    .toList();
        }
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
