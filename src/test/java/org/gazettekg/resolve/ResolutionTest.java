package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.stream.Stream;

import org.gazettekg.parse.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Resolution}: the built-in stage, and {@link Resolution#titleFacts}, what it decides of a
 * policy cited by title alone in a file that says nothing else of it.
 */
class ResolutionTest {

    @Test
    void standard_isBuiltOnceAndSharedByEveryCaller() {
        assertThat(Resolution.standard()).isSameAs(Resolution.standard());
        assertThat(Resolution.from(Optional.empty())).isSameAs(Resolution.standard());
    }

    @Test
    void titleFactsOfNoTitle_isRefused() {
        assertThatNullPointerException().isThrownBy(() -> Resolution.standard().titleFacts(null, "1404"));
    }

    /** Snippets of the corpus (see {@link ResolverTest}) whose documents cite policies by title alone. */
    static Stream<Arguments> snippetsWithTitleOnlyCitations() {
        return Stream.of(
                Arguments.of("changzhi-2020-03.txt l.1320-1362", ResolverTest.CHANGZHI_WEATHER_PLAN),
                Arguments.of("changzhi-2024-03.txt l.515-522, l.606", ResolverTest.CHANGZHI_EQUIPMENT_PLAN),
                Arguments.of("jincheng-2019-docs.txt l.659-702, l.1060", ResolverTest.JINCHENG_AIR_PLAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippetsWithTitleOnlyCitations")
    void titleFacts_ofEachTitleOnlyCitation_areWhatTheResolverWrote(String from, String text) {
        RecordingResolvedSink sink = RecordingResolvedSink.parse("snippet.txt", text);
        ResolvedDocument d = sink.only();

        int titleOnly = 0;
        int withLevel = 0;
        for (int i = 0; i < d.cited().size(); i++) {
            Citation c = d.record().citations().get(i);
            if (c.number() != null) {
                continue;
            }
            titleOnly++;
            PolicyFacts written = d.cited().get(i);
            if (written.level() != null) {
                withLevel++;
            }
            assertThat(Resolution.standard().titleFacts(c.title(), d.jurisdiction()))
                    .as("《%s》 in %s", c.title(), d.jurisdiction()).isEqualTo(written);
        }
        assertThat(titleOnly).as("title-only citations").isPositive();
        assertThat(withLevel).as("title-only citations given a level").isPositive();
    }

    @Test
    void titleFacts_dependOnTheJurisdictionAsTheResolversDo() {
        Resolution r = Resolution.standard();

        // a 方案 is no law, regulation or rule wherever it is cited: only its level depends on the place
        PolicyFacts plan = new PolicyFacts(null, null, null, LegalForce.OTHER_DOCUMENT, null, null);
        assertThat(r.titleFacts("全市农业机械报废更新补贴实施方案", "1404"))
                .isEqualTo(new PolicyFacts(null, Level.MUNICIPAL, Basis.TITLE, LegalForce.OTHER_DOCUMENT, null, null));
        assertThat(r.titleFacts("全市农业机械报废更新补贴实施方案", "14")).isEqualTo(plan);
        assertThat(r.titleFacts("全市农业机械报废更新补贴实施方案", null)).isEqualTo(plan);
        assertThat(r.titleFacts("市人民政府关于加快推进乡镇机构改革的通知(试行)", "1405"))
                .isEqualTo(new PolicyFacts("晋城市人民政府", Level.MUNICIPAL, Basis.TITLE, LegalForce.ADMINISTRATIVE_DOCUMENT,
                        null, null));
        assertThat(RecordingResolvedSink.basic(r.titleFacts("中华人民共和国气象法", null))).isEqualTo(new PolicyFacts(null, Level.NATIONAL, Basis.TITLE));
    }
}
