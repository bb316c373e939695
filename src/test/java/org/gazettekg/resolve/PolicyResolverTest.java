package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazettekg.parse.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PolicyResolver}: what one cited policy's citing phrase, 文号 and title decide of it. */
class PolicyResolverTest {

    private final PolicyResolver resolver = new PolicyResolver(Resolution.standard(), new PrintedBodies(Resolution.standard()));

    private PolicyFacts cited(String phrase, String number, String title, String jurisdiction) {
        String printed = (phrase == null ? "" : phrase) + "《" + title + "》" + (number == null ? "" : "（" + number + "）");
        return resolver.policy(new Citation(1, printed, number, title, phrase, Citation.Relation.CITES), jurisdiction,
                new LearnedCodes());
    }

    @Test
    void stateCouncilPrintedBeforeATitleWithoutIssuer_isTheIssuer() {
        PolicyFacts f = cited("国务院", null, "关于促进乡村产业振兴的指导意见", "1404");

        assertThat(f.issuer()).isEqualTo("国务院");
        assertThat(f.level()).isEqualTo(Level.NATIONAL);
        assertThat(f.basis()).isEqualTo(Basis.CITING_PHRASE);
    }

    @Test
    void shortFormPrintedBeforeATitle_isCompletedWithTheCitingDocumentsPlace() {
        PolicyFacts office = cited("省政府办公厅", null, "关于做好2021年项目申报工作的通知", "1404");
        PolicyFacts city = cited("市政府", null, "关于做好2021年项目申报工作的通知", "140430");

        assertThat(office.issuer()).isEqualTo("山西省人民政府办公厅");
        assertThat(office.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(office.basis()).isEqualTo(Basis.CITING_PHRASE);
        // 沁县 lies in 长治市
        assertThat(city.issuer()).isEqualTo("长治市人民政府");
        assertThat(city.level()).isEqualTo(Level.MUNICIPAL);
    }

    @Test
    void bodyPrintedBeforeATitleOfTheSameLevel_isTheIssuer() {
        // the title states 长治市's level but names no body; 市政府 in a 长治 document names it
        PolicyFacts f = cited("市政府", null, "长治市推进运输结构调整实施方案", "1404");

        assertThat(f.issuer()).isEqualTo("长治市人民政府");
        assertThat(f.level()).isEqualTo(Level.MUNICIPAL);
        assertThat(f.basis()).isEqualTo(Basis.CITING_PHRASE);
    }

    @Test
    void ourProvince_isTheProvinceOfTheCitingDocument_ourCity_onlyTheCitingDocumentsOwnCity() {
        String title = "关于推进乡村振兴的实施意见";

        assertThat(cited("我省", null, title, "1404").level()).isEqualTo(Level.PROVINCIAL);
        assertThat(cited("我省", null, title, "1404").issuer()).isNull();
        assertThat(cited("我县", null, title, "140430").level()).isEqualTo(Level.COUNTY);
        // 沁县 is no city: 我市 in its documents names no unit
        assertThat(cited("我市", null, title, "140430").level()).isNull();
    }

    @Test
    void jointTitleOpeningWithAPartyCommittee_isAPartyDocumentOfItsPlace() {
        PolicyFacts f = cited(null, null, "中共长治市委长治市人民政府关于加快民营经济发展的意见", "1404");

        assertThat(f.level()).isEqualTo(Level.MUNICIPAL);
        assertThat(f.issuer()).isNull();
        assertThat(f.legalForce()).isEqualTo(LegalForce.PARTY_DOCUMENT);
    }

    @Test
    void jointTitleWhoseBodiesRunTogetherWithoutAPlace_namesNoLeadBody() {
        // the title's two offices read as one name of no place: the 省委 scope gives the level, no issuer,
        // and the force stays the broad one of no known issuer (the lead is a Party office, not the government's)
        PolicyFacts f = cited(null, null, "省委办公厅省政府办公厅关于印发…方案的通知", "1404");

        assertThat(f.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(f.issuer()).isNull();
        assertThat(f.legalForce()).isEqualTo(LegalForce.OTHER_DOCUMENT);
    }

    @Test
    void scopeWordBeforeAJointTitle_leavesTheLeadBodyToTheTitle() {
        PolicyFacts f = cited("省", null, "中共山西省委山西省人民政府关于支持民营经济发展的若干意见", "1404");

        assertThat(f.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(f.legalForce()).isEqualTo(LegalForce.PARTY_DOCUMENT);
    }

    /** The level a 代字 states by its place code where no body can be named (the title states none). */
    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "长人社函〔2021〕5号, 1404, municipal",
            "晋科规〔2020〕3号, 1404, provincial",
            "晋科规〔2020〕3号, 14, provincial",
            // 晋 is 晋城's first character and Shanxi's 简称: the shared place code decides nothing
            "晋科规〔2020〕3号, 1405, -",
            // the longer place code wins: 晋市 is 晋城's (city-codes.tsv)
            "晋市卫字〔2020〕3号, 1405, municipal",
            // a 代字 that is only a place code names no body below it
            "晋市〔2020〕3号, 1405, -",
            "沁人社发〔2021〕5号, 140430, county",
            "沁人社发〔2021〕5号, -, -"})
    void placeCodeOfTheCitingDocumentsPlace_statesTheLevel(String number, String jurisdiction, String level) {
        PolicyFacts f = cited(null, number, "关于做好2021年项目申报工作的通知", jurisdiction);

        assertThat(f.level() == null ? null : f.level().label()).isEqualTo(level);
        assertThat(f.issuer()).isNull();
    }

    @Test
    void lawOfTheCatalogWhoseEveryVersionIsSuperseded_isRepealed() {
        assertThat(Resolution.standard().titleFacts("农民专业合作社登记管理条例", null).validity()).isEqualTo("repealed");
        assertThat(Resolution.standard().titleFacts("中华人民共和国会计法", null).validity()).isEqualTo("in-force");
    }
}
