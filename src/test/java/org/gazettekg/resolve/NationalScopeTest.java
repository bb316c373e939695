package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NationalScope} as the resolver applies it to a title cited alone: a title opening with 国家 as its own
 * scope is national; one about a designation a place earns, or a rank, decides nothing.
 */
class NationalScopeTest {

    /** Titles printed in gazettes: jincheng-2019-docs (要按照《国家基本公共卫生服务规范》要求), and the others' wording. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "国家基本公共卫生服务规范|national",
        "国家突发公共事件总体应急预案|national",
        "全国工业用地出让最低价标准|national",
        "国家卫生城市复审验收工作方案|",
        "国家生态园林城市创建实施方案|",
        "国家级经济技术开发区综合发展水平考核评价办法|",
        "国家产教融合试点城市建设实施方案|"
    })
    void titleCitedAlone_inACityDocument_hasTheLevelItsOpeningScopeStates(String title, String level) {
        assertThat(Resolution.standard().titleFacts(title, "1405").level())
                .isEqualTo(level == null ? null : Level.valueOf(level.toUpperCase()));
    }

    @ParameterizedTest
    @CsvSource({"国家基本公共卫生服务规范,true", "国家级自然保护区管理办法,false", "国家森林城市建设总体规划,false", "长治市国家森林城市建设总体规划,false"})
    void opener_isNationalOnlyAsTheTitlesOwnScope(String title, boolean national) {
        assertThat(NationalScope.of(title)).isEqualTo(national);
    }
}
