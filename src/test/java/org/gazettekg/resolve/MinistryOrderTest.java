package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.resolve.RecordingResolvedSink.cited;
import static org.gazettekg.resolve.RecordingResolvedSink.citedFully;

import org.junit.jupiter.api.Test;

/**
 * Orders (令) printed beside a cited title: a ministry's, commission's or administration's order
 * (交通运输部令2019年第29号, 生态环境部令第11号, 监察部 人力资源社会保障部 国家税务总局令第26号) is how a
 * 部门规章 is promulgated (立法法 art. 96), so it names the national body that issued the rule. The snippets
 * are lines of the Shanxi gazettes of /work/shared/corpus; the sample prints these titles without their
 * order, so the order is added after the title where the comment says so.
 */
class MinistryOrderTest {

    /** changzhi-2020-03.txt l.1851-1859 (heading and 文号 of the document) and l.2129, cut after its first clause. */
    static final String CHANGZHI_ROAD_SAFETY = """
            # 长治市人民政府办公室 关于印发《贯彻落实山西省 2020 年预防 道路交通事故“减量控大”实施方案 任务分解》的通知

            长政办发〔2020〕30 号

            各县、区人民政府,市直各有关单位:

            87. 贯彻落实中办、国办《关于全面加强危险化学品安全生产工作的意见》及《危险货物道路运输安全管理办法》%s，监督危险化学品生产、储存、运输、使用和经营企业建立健全并严格执行充装或者装载查验、记录制度。
            """;

    /** shuozhou-2019-docs.txt l.869-876 (heading, 文号, first paragraph) and l.1265-1267. */
    private static final String SHUOZHOU_TAX = """
            朔州市人民政府办公室 关于印发《朔州市税费共治办法》等 三个办法的通知

            朔政办发〔2019〕34号

            各县（市、区）人民政府，朔州经济开发区管委会，市直及驻朔各有关单位：

            第二十五条 税务部门及其工作人员违反税收法律、法规及本办法有关规定，损害纳税人、缴纳税人合法权益或造成国家税费流失的，责令限期改正，对负有责任的领导人员和直接责任人员按照

            《税收违法违纪行为处分规定》%s给予行政处分；涉嫌犯罪的，移送司法机关依法追究刑事责任。
            """;

    private static ResolvedDocument parse(String text) {
        return RecordingResolvedSink.parse("snippet.txt", text).only();
    }

    /** {@code d} cites {@code title} as issued by {@code issuer}, known from its order (code-derived), with that level and force. */
    private static void assertCitedWithCodeDerivedIssuer(ResolvedDocument d, String title, String issuer, Level level, LegalForce force) {
        PolicyFacts f = citedFully(d, title);
        assertThat(RecordingResolvedSink.basic(f)).isEqualTo(new PolicyFacts(issuer, level, Basis.CODE_DERIVED));
        assertThat(f.legalForce()).isEqualTo(force);
    }

    @Test
    void ministryOrderWithItsYear_namesTheMinistry_nationalDepartmentalRule() {
        // the order added after the title (the sample prints the title alone)
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.formatted("(交通运输部令2019年第29号)"));

        assertCitedWithCodeDerivedIssuer(d, "危险货物道路运输安全管理办法", "交通运输部", Level.NATIONAL, LegalForce.DEPARTMENTAL_RULE);
    }

    @Test
    void ministryOrderWithItsYearInBrackets_namesTheMinistry() {
        // the form 令〔2019〕第N号 some bodies print (中国人民银行令〔2019〕第1号), added after the title
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.formatted("（交通运输部令〔2019〕第29号）"));

        assertCitedWithCodeDerivedIssuer(d, "危险货物道路运输安全管理办法", "交通运输部", Level.NATIONAL, LegalForce.DEPARTMENTAL_RULE);
    }

    @Test
    void ministryOrderWithoutYear_namesTheMinistry() {
        // changzhi-2020-02.txt l.441 adapted: its title in the road-safety document, the order added after it
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.replace("危险货物道路运输安全管理办法", "固定污染源排污许可分类管理名录(2019年版)")
                .formatted("(生态环境部令第11号)"));

        assertCitedWithCodeDerivedIssuer(d, "固定污染源排污许可分类管理名录", "生态环境部", Level.NATIONAL, LegalForce.DEPARTMENTAL_RULE);
    }

    @Test
    void jointOrderOfThreeNationalBodies_namesTheLeadBody() {
        // the order added after the title; the three bodies that issued it jointly in 2012, spaces between them
        ResolvedDocument d = parse(SHUOZHOU_TAX.formatted("(监察部 人力资源社会保障部 国家税务总局令第26号)"));

        assertCitedWithCodeDerivedIssuer(d, "税收违法违纪行为处分规定", "监察部", Level.NATIONAL, LegalForce.DEPARTMENTAL_RULE);
    }

    @Test
    void jointOrderJoinedByCommas_namesTheLeadBody() {
        ResolvedDocument d = parse(SHUOZHOU_TAX.formatted("(监察部、人力资源社会保障部、国家税务总局令第26号)"));

        assertThat(cited(d, "税收违法违纪行为处分规定"))
                .isEqualTo(new PolicyFacts("监察部", Level.NATIONAL, Basis.CODE_DERIVED));
    }

    @Test
    void jointOrderWithABodyOfNoKnownLevel_decidesNoIssuer() {
        // an invented joint order whose second body is no national body of the reference data: nothing is guessed
        ResolvedDocument d = parse(SHUOZHOU_TAX.formatted("(监察部 某某协会令第26号)"));

        assertThat(cited(d, "税收违法违纪行为处分规定").issuer()).isNull();
    }

    @Test
    void cityGovernmentOrderWithItsYear_isTheCityGovernment_localGovernmentRule() {
        // the same sentence citing a rule of the city government (an order of a government is no ministry's)
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.replace("危险货物道路运输安全管理办法", "长治市危险货物道路运输安全管理办法")
                .formatted("(长治市人民政府令2019年第1号)"));

        assertCitedWithCodeDerivedIssuer(d, "长治市危险货物道路运输安全管理办法", "长治市人民政府", Level.MUNICIPAL, LegalForce.LOCAL_GOVERNMENT_RULE);
    }

    @Test
    void countyGovernmentOrder_isTheCountyGovernment_noRule() {
        // an invented order of a county of the city: a county government makes no rules (立法法 art. 93), so its
        // 令 is no 规章 but one of its administrative documents, as DocumentForceRules files a county's
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.formatted("(壶关县人民政府令第1号)"));

        assertCitedWithCodeDerivedIssuer(d, "危险货物道路运输安全管理办法", "壶关县人民政府", Level.COUNTY, LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void countyHeadsOrder_namesNoNationalBody() {
        // an invented 县长令: 县长 is no body of the reference data, so the order decides no issuer and no rule
        ResolvedDocument d = parse(CHANGZHI_ROAD_SAFETY.formatted("(县长令2019年第1号)"));

        PolicyFacts f = citedFully(d, "危险货物道路运输安全管理办法");
        assertThat(f.issuer()).isNull();
        assertThat(f.level()).isNotEqualTo(Level.NATIONAL);
        assertThat(f.legalForce()).isNotIn(LegalForce.DEPARTMENTAL_RULE, LegalForce.LOCAL_GOVERNMENT_RULE);
    }

    @Test
    void textThatMerelyMentions令_citesNoOrder() {
        // shuozhou-2019-docs.txt l.1265-1267 as printed: 责令 is no order; the title stays without issuer or level
        ResolvedDocument d = parse(SHUOZHOU_TAX.formatted(""));

        assertThat(d.record().citations()).noneMatch(c -> c.number() != null && c.number().contains("令"));
        assertThat(cited(d, "税收违法违纪行为处分规定")).isEqualTo(PolicyFacts.UNKNOWN);
    }

    @Test
    void bareJointOrder_namesTheLeadBody() {
        // shuozhou-2019-docs.txt l.1265-1267 with the title replaced by the rule's joint order, printed bare
        ResolvedDocument d = parse(SHUOZHOU_TAX.replace("《税收违法违纪行为处分规定》%s", "监察部、人力资源社会保障部、国家税务总局令第26号"));

        assertCitedWithCodeDerivedIssuer(d, "国家税务总局令第26号", "监察部", Level.NATIONAL, LegalForce.DEPARTMENTAL_RULE);
    }
}
