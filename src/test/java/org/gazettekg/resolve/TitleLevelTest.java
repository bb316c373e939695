package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleLevelTest {

    /** Over the built-in gazetteer: Shanxi's divisions, and the provinces of provinces.tsv. */
    private final TitleLevel standard = TitleLevel.standard();
    /** Over a gazetteer with units of other provinces. */
    private final TitleLevel china = new TitleLevel(TestGazetteer.data());

    /** Titles cited in the gazettes of ../shared/corpus and ../shared/outside/corpus (gold citations.tsv). */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            中华人民共和国突发事件应对法                                         | national
            中华人民共和国政府信息公开条例                                       | national
            国务院关于促进融资担保行业加快发展的意见                             | national
            国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见       | national
            国务院安全生产委员会关于印发〈全国城镇燃气安全专项整治工作方案〉的通知 | national
            中共中央国务院关于加强耕地保护和改进占补平衡的意见                   | national
            住房和城乡建设部等部门关于在全国地级及以上城市全面开展生活垃圾分类工作的通知 | national
            国务院办公厅关于转发国家发展改革委、住房城乡建设部生活垃圾分类制度实施方案的通知 | national
            山西省人民政府关于加快有机旱作农业发展的实施意见                   | provincial
            山西省人民政府办公厅关于建立山西省应急救援指挥体系的通知             | provincial
            山西省实施〈中华人民共和国水土保持法〉办法                         | provincial
            山西省锅炉大气污染物排放标准                                       | provincial
            中共山西省委山西省人民政府关于支持民营经济发展的若干意见           | provincial
            山东省人民政府关于进一步加强普通高等学校毕业生就业工作的通知       | provincial
            广东省人民政府关于印发广东省进一步促进就业若干政策措施的通知       | provincial
            陕西省民政厅关于西安市鄠邑区部分行政区划调整的批复                 | provincial
            朔州市人民政府关于进一步深化小微企业和民营经济金融服务缓解融资难融资贵的意见 | municipal
            朔州市停车管理办法                                                 | municipal
            长治市推进运输结构调整实施方案                                     | municipal
            长治市精神文明建设指导委员会关于印发〈关于集中治理诚信缺失突出问题提升诚信长治建设水平的实施方案〉的通知 | municipal
            中共朔州市委办公厅关于印发〈中共朔州市委全面深化改革领导小组2018年工作要点及责任分工〉的通知 | municipal
            晋城市大数据发展规划纲要(2018—2020年)                                | municipal
            关于同意长治市调整部分乡镇行政区划的批复                             | -
            关于深化农业综合行政执法改革的实施方案                               | -
            省政府办公厅关于印发持续推进燃气泄漏安全保护装置安装使用工作措施的通知 | -
            省安全生产委员会关于印发〈江苏省燃气安全专项整治实施方案〉的通知     | -
            政府工作报告                                                       | -
            个人所得税法                                                       | -
            护士条例                                                           | -
            产业结构调整指导目录                                               | -
            """)
    void citedTitle_statesItsLevel(String title, String level) {
        assertThat(standard.of(title).map(Level::label).orElse(null)).isEqualTo(level);
        assertThat(china.of(title).map(Level::label).orElse(null)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            交城县人民政府关于印发交城县突发环境事件应急预案的通知  | county   | 141122
            长治市上党区人民政府关于…的通知                         | county   | 140404
            长治县人民政府关于…的通知                               | county   | 140404
            晋城市城区人民政府关于…的通知                           | county   | 140502
            沁县人民政府关于…的通知                                 | county   | 140430
            《山西省长治市人民政府关于…的通知》                      | municipal | 1404
            城区人民政府关于…的通知                                 | -        | -
            """)
    void countyTitle_isCountyLevel(String title, String level, String division) {
        var place = standard.place(title, null);
        assertThat(place.map(p -> p.level().label()).orElse(null)).isEqualTo(level);
        assertThat(place.map(TitleLevel.Place::division).orElse(null)).isEqualTo(division);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            牟定县突发环境事件应急预案                 | county
            西安市人民政府办公厅批办单                 | municipal
            西安市鄠邑区人民政府关于…的通知            | county
            南京市人民政府关于…的通知                  | municipal
            宁夏回族自治区人民政府办公厅关于…的通知    | provincial
            北京市人民政府关于…的通知                  | provincial
            北京市朝阳区人民政府关于…的通知            | county
            朝阳市人民政府关于…的通知                  | municipal
            国家发展改革委 国家能源局关于…的通知       | national
            国家卫生健康委办公厅关于…的通知            | national
            财政部 国家税务总局关于…的通知             | national
            """)
    void titleOfAnotherProvince_statesItsLevel(String title, String level) {
        assertThat(china.of(title).map(Level::label)).hasValue(level);
    }

    @Test
    void autonomousPrefectureOrCountyPrintedByItsShortForm_statesItsLevelAndDivision() {
        // the heading of 凉府办发〔2020〕20号, http://www.lsz.gov.cn/xxgk/zcwj/zzfbgsh/202006/t20200619_1630508.html
        assertThat(standard.place("凉山州人民政府办公室关于印发2020年州政府工作报告重点任务分工方案的通知", null))
                .hasValue(new TitleLevel.Place(Level.MUNICIPAL, "5134"));
        // outside/corpus/gansu-2021-xiaozhen.txt l.53
        assertThat(standard.place("临夏州积石山县大河家保安族风情特色小镇", null))
                .hasValue(new TitleLevel.Place(Level.COUNTY, "622927"));
        assertThat(standard.place("凉山人民政府", null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"国家级自然保护区管理办法", "国家基本公共卫生服务规范"})
    void guojiaNotFollowedByABody_isNotNational(String title) {
        assertThat(standard.of(title)).isEmpty();
    }

    @Test
    void provinceMissingFromTheGazetteer_isStillNamedByTheProvincesTable() {
        // the test gazetteer has no 河南省; provinces.tsv has all 31
        assertThat(china.place("河南省人民政府关于…的通知", null)).hasValue(new TitleLevel.Place(Level.PROVINCIAL, "41"));
    }

    @Test
    void formerNameOfACity_statesItsSuccessorsLevel() {
        // division-changes.tsv: 2016 撤地设市 山南地区 → 山南市 (5405)
        assertThat(standard.place("山南地区行政公署关于…的通知", null)).hasValue(new TitleLevel.Place(Level.MUNICIPAL, "5405"));
    }

    @Test
    void nameOfSeveralUnits_isPlacedByTheJurisdictionsProvince_whereOnlyOneLiesThere() {
        // 鼓楼区: 南京 320106, 徐州 320302, 福州 350102, 开封 410204
        String title = "鼓楼区人民政府关于…的通知";
        assertThat(standard.place(title, "3501")).hasValue(new TitleLevel.Place(Level.COUNTY, "350102"));
        assertThat(standard.place(title, "35")).hasValue(new TitleLevel.Place(Level.COUNTY, "350102"));
        assertThat(standard.place(title, "410204")).hasValue(new TitleLevel.Place(Level.COUNTY, "410204"));
        assertThat(standard.place(title, "32")).as("two in 江苏").hasValue(new TitleLevel.Place(Level.COUNTY, null));
        assertThat(standard.place(title, "3")).hasValue(new TitleLevel.Place(Level.COUNTY, null));
        assertThat(standard.place(title, null)).hasValue(new TitleLevel.Place(Level.COUNTY, null));
    }

    @Test
    void autonomousShortFormThatIsAnotherUnitsName_staysThatUnits() {
        // 东乡县 was 江西's (now 东乡区, 361003, division-changes.tsv 2017); 东乡族自治县 (622926) does not take it
        assertThat(standard.place("东乡县人民政府关于…的通知", null)).hasValue(new TitleLevel.Place(Level.COUNTY, "361003"));
    }

    @Test
    void titleOfOpenersAndSpacesOnly_statesNothing() {
        assertThat(standard.place("《“ ", null)).isEmpty();
        assertThat(standard.of("")).isEmpty();
    }
}
