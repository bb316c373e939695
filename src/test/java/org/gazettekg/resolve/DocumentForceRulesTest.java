package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DocumentForceRules} on titles, issuers and numbers as the Shanxi gazettes of /work/shared/corpus
 * cite them (file and line given), and on made-up counter-cases where said.
 */
class DocumentForceRulesTest {

    @Test
    void provincialOfficeNoticeWithANumber_isAnAdministrativeDocument() {
        // changzhi-2020-02.txt: 晋政办发〔2020〕23号, 山西省人民政府办公厅关于印发山西省推进“标准地”改革工作方案的通知
        assertThat(DocumentForceRules.of("山西省人民政府办公厅", Level.PROVINCIAL,
                "山西省人民政府办公厅关于印发山西省推进“标准地”改革工作方案的通知", true))
                .contains(LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void cityGovernmentsMeasuresWithAGovernmentNumber_isAnAdministrativeDocument_notARule() {
        // changzhi-2024-03.txt l.1824: 长政发〔2019〕2号 printed the 储备粮管理暂行办法 — under a 发文字号, not a 政府令
        assertThat(DocumentForceRules.of("长治市人民政府", Level.MUNICIPAL, "长治市人民政府关于印发长治市储备粮管理暂行办法的通知", true))
                .contains(LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void governmentsMeasuresWithoutAnyNumber_isOnlyTheBroadLocalInstrument_forItMayBeARule() {
        // made up: a provincial government's 办法 cited by title alone may be a 政府令's rule or a normative document
        assertThat(DocumentForceRules.of("山西省人民政府", Level.PROVINCIAL, "山西省人民政府关于某某管理办法", false))
                .contains(LegalForce.LOCAL_INSTRUMENT);
    }

    @Test
    void stateCouncilsMeasuresWithoutAnyNumber_isUndecided_forItMayBeARegulation() {
        // changzhi-2020-03.txt: 国务院《消防安全责任制实施办法》 (it is 国办发〔2017〕87号, but nothing printed says so)
        assertThat(DocumentForceRules.of("国务院", Level.NATIONAL, "消防安全责任制实施办法", false)).isEmpty();
    }

    @ParameterizedTest
    // shuozhou-2019-docs.txt: 《山西省税收保障办法》, 《朔州市停车管理办法》; changzhi-2024-03.txt: 《长治市火灾事故调查处理规定》;
    // shuozhou-2019-docs.txt: 《山西省县级政府部门行政职权事项标准清单(2018年版)》, all cited by title alone
    @CsvSource({"山西省税收保障办法, PROVINCIAL", "朔州市停车管理办法, MUNICIPAL", "长治市火灾事故调查处理规定, MUNICIPAL",
        "山西省县级政府部门行政职权事项标准清单(2018年版), PROVINCIAL"})
    void provincialOrCityMeasuresOfNoKnownIssuer_isTheBroadLocalInstrument(String title, Level level) {
        assertThat(DocumentForceRules.of(null, level, title, false)).contains(LegalForce.LOCAL_INSTRUMENT);
    }

    @Test
    void provincialLeadingGroupsOfficesRequirements_isAnOtherDocument_forNoOfficeMakesRegulationsOrRules() {
        // changzhi-2024-03.txt l.1501: 山西省治超办《山西省道路货物运输源头科技治超业务规范和技术要求》
        assertThat(DocumentForceRules.of("山西省治超办", Level.PROVINCIAL, "山西省道路货物运输源头科技治超业务规范和技术要求", false))
                .contains(LegalForce.OTHER_DOCUMENT);
    }

    @Test
    void nationalOffice_isUndecidedByTheOfficeRule() {
        // made up: an office of the centre (中央网信办) may take part in a Party regulation
        assertThat(DocumentForceRules.of("中央网信办", Level.NATIONAL, "某某管理规定", false)).isEmpty();
    }

    @Test
    void localBodyThatIsNoOffice_isUndecidedByTheOfficeRule() {
        // made up: a provincial congress's standing committee makes local regulations itself
        assertThat(DocumentForceRules.of("山西省人民代表大会常务委员会", Level.PROVINCIAL, "山西省道路运输技术要求", false)).isEmpty();
    }

    @Test
    void nationalMeasuresOfNoKnownIssuer_isUndecided() {
        // changzhi-2020-03.txt: 《危险货物道路运输安全管理办法》, a ministries' order, had it a level
        assertThat(DocumentForceRules.of(null, Level.NATIONAL, "危险货物道路运输安全管理办法", false)).isEmpty();
    }

    @Test
    void provincialOpinionOfNoKnownIssuer_isAnOtherDocument_forNoLocalBodyMakesJudicialInterpretations() {
        // changzhi-2020-03.txt: 《山西省农村交通安全“两站两员”建设及运行指导意见》, cited by title alone
        assertThat(DocumentForceRules.of(null, Level.PROVINCIAL, "山西省农村交通安全“两站两员”建设及运行指导意见", false))
                .contains(LegalForce.OTHER_DOCUMENT);
        assertThat(DocumentForceRules.of(null, Level.NATIONAL, "关于开展城市居住社区建设补短板行动的意见", false)).isEmpty();
    }

    @Test
    void officesMeasuresWithoutANumber_isAnAdministrativeDocument_forAnOfficeMakesNoRules() {
        assertThat(DocumentForceRules.of("山西省人民政府办公厅", Level.PROVINCIAL, "山西省政务信息化项目建设应用管理办法", false))
                .contains(LegalForce.ADMINISTRATIVE_DOCUMENT);
    }

    @Test
    void provincialGovernmentsReply_isAWorkingDocument() {
        // changzhi-2020-02.txt l.102: 省政府《关于同意长治市调整部分乡镇行政区划的批复》(晋政函〔2019〕123号)
        assertThat(DocumentForceRules.of("山西省人民政府", Level.PROVINCIAL, "关于同意长治市调整部分乡镇行政区划的批复", true))
                .contains(LegalForce.WORKING_DOCUMENT);
    }

    @Test
    void partyAndGovernmentJointOpinion_isAPartyDocument() {
        // changzhi-2024-03.txt: 中共中央、国务院《关于全面推进美丽中国建设的意见》
        assertThat(DocumentForceRules.of("中共中央、国务院", Level.NATIONAL, "关于全面推进美丽中国建设的意见", false))
                .contains(LegalForce.PARTY_DOCUMENT);
    }

    @Test
    void partyBodysRegulationName_isLeftToTheRegulationRules() {
        // shuozhou-2019-docs.txt cites 党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定 (中办、国办): a Party regulation's name
        assertThat(DocumentForceRules.of("中共中央办公厅", Level.NATIONAL,
                "党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定", true)).isEmpty();
    }

    @Test
    void planOfNoKnownIssuer_isAnOtherDocument() {
        // jincheng-2019-docs.txt: 《打赢蓝天保卫战三年行动计划》 cited alone
        assertThat(DocumentForceRules.of(null, null, "打赢蓝天保卫战三年行动计划", false)).contains(LegalForce.OTHER_DOCUMENT);
        assertThat(DocumentForceRules.of(null, Level.PROVINCIAL, "山西省推进农村集体产权制度改革实施方案", false))
                .contains(LegalForce.OTHER_DOCUMENT);
    }

    @Test
    void measuresOfNoKnownIssuerAndLevel_citedByTitleAlone_isUndecided() {
        // shuozhou-2019-docs.txt: 《税收违法违纪行为处分规定》 may be a national rule, a local one or a Party regulation
        assertThat(DocumentForceRules.of(null, null, "税收违法违纪行为处分规定", false)).isEmpty();
        // an opinion of no known issuer: old judicial interpretations were named 意见
        assertThat(DocumentForceRules.of(null, null, "关于开展城市居住社区建设补短板行动的意见", false)).isEmpty();
    }

    @Test
    void citysNumberedMeasuresOfNoKnownIssuer_isAnOtherDocument() {
        // changzhi-2024-03.txt: 市级项目支出绩效评价管理办法 (长财绩效〔2021〕3号): a city's 发文字号 is no 公告 or 政府令
        assertThat(DocumentForceRules.of(null, Level.MUNICIPAL, "市级项目支出绩效评价管理办法", true))
                .contains(LegalForce.OTHER_DOCUMENT);
        assertThat(DocumentForceRules.of(null, Level.PROVINCIAL, "山西省某某办法", true)).isEmpty();
    }

    @Test
    void countysDocument_isAnOtherDocument_whateverItsKind() {
        // made up: counties make no regulations, rules or Party regulations
        assertThat(DocumentForceRules.of(null, Level.COUNTY, "交城县某某管理办法", false)).contains(LegalForce.OTHER_DOCUMENT);
    }

    @Test
    void congressBodysDecision_isNeverAnOtherDocumentByNumber() {
        // made up: a city congress's 决定 may be a 法规性决定
        assertThat(DocumentForceRules.of("长治市人民代表大会常务委员会", Level.MUNICIPAL, "关于某某的决定", true)).isEmpty();
    }

    @Test
    void committeeOfThePartysSideWithAPlan_isAnOtherDocument_notAnAdministrativeOne() {
        // changzhi-2020-03.txt: 长文明委发〔2019〕9号, 长治市精神文明建设指导委员会关于印发〈…实施方案〉的通知
        assertThat(DocumentForceRules.kindOfBody("长治市精神文明建设指导委员会")).isEqualTo(DocumentForceRules.BodyKind.OTHER);
        assertThat(DocumentForceRules.of("长治市精神文明建设指导委员会", Level.MUNICIPAL,
                "长治市精神文明建设指导委员会关于印发〈关于集中治理诚信缺失突出问题提升诚信长治建设水平的实施方案〉的通知", true))
                .contains(LegalForce.OTHER_DOCUMENT);
    }

    @Test
    void kindOf_setsEditionAndStatusBracketsAside() {
        assertThat(DocumentForceRules.kindOf("晋城市农村人居环境整治三年行动计划(2018—2020)")).isEqualTo("计划");
        assertThat(DocumentForceRules.kindOf("山西省水土保持目标责任考核办法（试行）")).isEqualTo("办法");
        assertThat(DocumentForceRules.kindOf("关于激励高层次人才助力高质量转型发展若干意见(试行)")).isEqualTo("意见");
    }

    @Test
    void kindOfBody_readsTheLeadOfJointIssuers() {
        assertThat(DocumentForceRules.kindOfBody("中共长治市委办公室 长治市人民政府办公室")).isEqualTo(DocumentForceRules.BodyKind.PARTY);
        assertThat(DocumentForceRules.kindOfBody("住房和城乡建设部等部门")).isEqualTo(DocumentForceRules.BodyKind.ADMINISTRATIVE);
        assertThat(DocumentForceRules.kindOfBody("长治市监察委员会")).isEqualTo(DocumentForceRules.BodyKind.OTHER);
    }

    @Test
    void lawName_isALaw_andTheConstitutionIsTheConstitution() {
        // changzhi-2020-03.txt cites 《中华人民共和国物权法》, repealed in 2021 and absent from the catalog
        assertThat(PolicyResolver.forceOfLawName("中华人民共和国物权法")).contains(LegalForce.LAW);
        assertThat(PolicyResolver.forceOfLawName("中华人民共和国宪法")).contains(LegalForce.CONSTITUTION);
        assertThat(PolicyResolver.forceOfLawName("中华人民共和国水土保持法实施条例")).isEmpty();
    }

    @Test
    void agreed_isTheNarrowestOfAChain_andNothingAcrossBranches() {
        assertThat(LegalForce.agreed(java.util.Arrays.asList(LegalForce.OTHER_DOCUMENT, null, LegalForce.ADMINISTRATIVE_DOCUMENT)))
                .isEqualTo(LegalForce.ADMINISTRATIVE_DOCUMENT);
        assertThat(LegalForce.agreed(java.util.List.of(LegalForce.ADMINISTRATIVE_DOCUMENT, LegalForce.PARTY_DOCUMENT))).isNull();
        assertThat(LegalForce.agreed(java.util.List.of(LegalForce.LAW, LegalForce.OTHER_DOCUMENT))).isNull();
    }
}
