package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalForceRulesTest {

    private static final ReferenceData DATA = ReferenceData.standard();

    private static Optional<String> number(String n) {
        return LegalForceRules.forceOfNumber(n).map(LegalForce::label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB 3095-2012", "GB3095—2012", "GB/T 19001-2016", "GB/Z 20000.1-2002", "ＧＢ／Ｔ 2260-2007"})
    void gbNumber_isANationalStandard(String n) {
        assertThat(number(n)).contains("国家标准");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HJ633-2012", "HJ 633-2012", "HJ/T 91-2002", "JGJ 130-2011", "NY/T 1276-2007", "SL 252-2017"})
    void listedSectorCode_isASectorStandard(String n) {
        assertThat(number(n)).contains("行业标准");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB14/1929—2019", "DB14/T 1049-2015", "DB1401/T 12-2020", "DB 14/1929-2019"})
    void dbNumberWithADivisionCode_isALocalStandard(String n) {
        assertThat(number(n)).contains("地方标准");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q/GDW 1168-2013", "T/CECS 100-2020", "AB 12-2019"})
    void companyAssociationOrUnlistedCode_decidesNothing(String n) {
        assertThat(number(n)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"国务院令第713号", "国务院令 第713号", "中华人民共和国国务院令第732号", "国务院第713号令", "（国务院令第713号）"})
    void stateCouncilOrder_isAnAdministrativeRegulation(String n) {
        assertThat(number(n)).contains("行政法规");
    }

    @ParameterizedTest
    @ValueSource(strings = {"中华人民共和国主席令第二十四号", "主席令第24号"})
    void presidentsOrder_isALaw(String n) {
        assertThat(number(n)).contains("法律");
    }

    @ParameterizedTest
    @ValueSource(strings = {"山西省人民政府令第290号", "长治市人民政府令第1号", "省政府令第290号", "内蒙古自治区人民政府令第100号",
        "广州市人民政府令第5号"})
    void provincialOrCityGovernmentOrder_isALocalGovernmentRule(String n) {
        assertThat(number(n)).contains("地方政府规章");
    }

    @ParameterizedTest
    @ValueSource(strings = {"交通运输部令2019年第29号", "国家发展和改革委员会令第16号", "国家市场监督管理总局令第1号",
        "中国人民银行令〔2019〕第3号"})
    void ministerialOrder_isADepartmentalRule(String n) {
        assertThat(number(n)).contains("部门规章");
    }

    @Test
    void countyGovernmentOrder_decidesNothing() {
        assertThat(number("某某县人民政府令第1号")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"长政规〔2024〕1号", "晋科规〔2024〕4号", "长人社规〔2024〕1号", "宁政办规字〔2023〕2号",
        "晋政办规字[2019]3号", "长科规(2024)1号"})
    void guiNumber_isANormativeDocument(String n) {
        assertThat(number(n)).contains("规范性文件");
    }

    @ParameterizedTest
    @ValueSource(strings = {"晋政发〔2019〕13号", "长政办发〔2020〕5号", "国办发〔2009〕3号", "", "DB14", "第3号"})
    void ordinaryNumber_decidesNothing(String n) {
        assertThat(number(n)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山西省人民代表大会常务委员会|山西省就业促进条例|地方性法规",
        "太原市人民代表大会常务委员会|太原市城市绿化条例|地方性法规",
        "全国人民代表大会常务委员会|全国人民代表大会常务委员会关于加强网络信息保护的决定|法律",
        "中共中央办公厅、国务院办公厅|党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定|党内法规",
        "中共中央|中国共产党纪律处分条例|党内法规",
        "中共山西省委|山西省党政领导干部问责办法(试行)|党内法规",
    })
    void issuerAndRuleKind_decideTheForce(String issuer, String title, String force) {
        assertThat(LegalForceRules.forceOfIssuer(issuer, title).map(LegalForce::label)).contains(force);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山西省人民代表大会常务委员会|关于印发某某工作方案的通知", // not a rule-making kind
        "某某县人民代表大会常务委员会|某某县环境保护条例", // county congresses make no regulations
        "山西省人民政府|山西省税收保障办法", // a government: its force comes from its order number, not its name
        "国务院办公厅|消防安全责任制实施办法",
        "中共长治市委|长治市某某管理办法", // a city Party committee makes no Party regulations (党内法规制定条例 art. 4)
        "中共中央|中共中央关于全面深化改革若干重大问题的决定", // 决定 is no Party regulation's name (art. 5)
    })
    void issuerWithoutARule_decidesNothing(String issuer, String title) {
        assertThat(LegalForceRules.forceOfIssuer(issuer, title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"山西省消防条例", "《山西省就业促进条例》", "山西省开发区条例", "长治市城市绿化条例", "北京市物业管理条例"})
    void provincialOrCityTitleEndingInRegulation_isALocalRegulation(String title) {
        assertThat(LegalForceRules.forceOfTitle(title, DATA)).contains(LegalForce.LOCAL_REGULATION);
    }

    @ParameterizedTest
    // shuozhou-2019-docs.txt cites the first; the others made up on its pattern (an edition bracket, a city, 《》 nesting)
    @ValueSource(strings = {"山西省实施〈中华人民共和国水土保持法〉办法", "山西省实施《中华人民共和国水法》办法(2019年修正)",
        "长治市实施《中华人民共和国城乡规划法》办法"})
    void placeImplementingANationalLaw_isALocalRegulation(String title) {
        assertThat(LegalForceRules.forceOfTitle(title, DATA)).contains(LegalForce.LOCAL_REGULATION);
    }

    @Test
    void partyTitle_isAPartyRegulation() {
        assertThat(LegalForceRules.forceOfTitle("中国共产党纪律处分条例", DATA)).contains(LegalForce.PARTY_REGULATION);
        assertThat(LegalForceRules.forceOfTitle("中国共产党问责条例", DATA)).contains(LegalForce.PARTY_REGULATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"山西省税收保障办法", "城市道路管理条例", "政府信息公开条例", "山西省实施《工伤保险条例》办法",
        "长治市消防安全责任制实施办法", "市场主体登记管理条例", "实施〈中华人民共和国水土保持法〉办法"})
    void titleThatIsNotALocalRegulationByName_decidesNothing(String title) {
        assertThat(LegalForceRules.forceOfTitle(title, DATA)).isEmpty();
    }
}
