package org.gazettekg.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Iris}: one node for one body or title-only policy, whichever script the page prints it in. */
class IrisTest {

    @Test
    void bodyPrintedInTraditional_isTheNodeOfItsSimplifiedName() {
        assertThat(Iris.body("東莞市人民政府")).isEqualTo(Iris.body("东莞市人民政府"))
                .isEqualTo(GKG.ID + "org/东莞市人民政府");
    }

    @Test
    void titleOnlyPolicyPrintedInTraditional_isTheNodeOfItsSimplifiedTitle() {
        assertThat(Iris.policyByTitle("廣州南沙新區發展規劃")).isEqualTo(Iris.policyByTitle("广州南沙新区发展规划"));
        assertThat(Iris.normaliseTitle("廣東省進一步穩定和擴大就業若干政策措施"))
                .isEqualTo(Iris.normaliseTitle("广东省进一步稳定和扩大就业若干政策措施"));
    }

    @Test
    void simplifiedNames_areKeptAsTheyAre() {
        assertThat(Iris.body("长治市人民政府")).isEqualTo(GKG.ID + "org/长治市人民政府");
        assertThat(Iris.normaliseTitle("关于乾坤湾景区的通知")).contains("乾坤湾");
    }

    @Test
    void asciiOutsideTheUnreservedSet_isPercentEncoded() {
        assertThat(Iris.segment("a b/c")).isEqualTo("a%20b%2Fc");
        assertThat(Iris.segment("长政办发〔2020〕10号")).isEqualTo("长政办发〔2020〕10号");
    }
}
