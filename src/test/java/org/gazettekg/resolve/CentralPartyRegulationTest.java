package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.resolve.RecordingResolvedSink.citedFully;

import org.junit.jupiter.api.Test;

/**
 * A Party regulation cited by its title alone (中国共产党…条例): with no place after the Party's name it is
 * the central organs' (党内法规制定条例 art. 4), so national. The sentence is the road-safety one of
 * {@link MinistryOrderTest} with the title replaced.
 */
class CentralPartyRegulationTest {

    private static ResolvedDocument parse(String title) {
        return RecordingResolvedSink.parse("snippet.txt", MinistryOrderTest.CHANGZHI_ROAD_SAFETY
                .replace("危险货物道路运输安全管理办法", title).formatted("")).only();
    }

    @Test
    void centralPartyRegulationByTitle_isNational() {
        // the road-safety sentence citing a Party regulation instead (中国共产党党内监督条例, as other gazettes cite it)
        ResolvedDocument d = parse("中国共产党党内监督条例");

        PolicyFacts f = citedFully(d, "中国共产党党内监督条例");
        assertThat(RecordingResolvedSink.basic(f)).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.TITLE));
        assertThat(f.legalForce()).isEqualTo(LegalForce.PARTY_REGULATION);
    }

    @Test
    void partyTitleNamingAProvince_isNotNational() {
        // an invented title of Shanxi's Party committee in its full name: the province's, not the centre's
        ResolvedDocument d = parse("中国共产党山西省委员会工作规则");

        assertThat(citedFully(d, "中国共产党山西省委员会工作规则").level()).isNotEqualTo(Level.NATIONAL);
    }

    @Test
    void partyTitleThatIsNoRegulation_isNotNationalByThisRule() {
        // 中国共产党…决定 is no Party regulation's name (党内法规制定条例 art. 5): the rule decides nothing
        ResolvedDocument d = parse("中国共产党某某委员会关于加强安全生产的决定");

        assertThat(citedFully(d, "关于加强安全生产的决定").level()).isNull();
    }


    @Test
    void partyTitleNamingACompany_isNotNational() {
        // an invented title of a state enterprise's Party committee: no place follows the Party's name, yet it is the company's
        ResolvedDocument d = parse("中国共产党某某集团有限公司委员会工作规则");

        assertThat(citedFully(d, "中国共产党某某集团有限公司委员会工作规则").level()).isNotEqualTo(Level.NATIONAL);
    }
}
