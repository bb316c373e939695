package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazettekg.resolve.RecordingResolvedSink.citedFully;

import org.junit.jupiter.api.Test;

/**
 * A policy a provincial office issued (山西省治超办《…》): the office makes no law, regulation, rule or Party
 * regulation, so its document is one of the 其他规范性文件和工作文件 ({@link DocumentForceRules}).
 */
class LocalOfficeTest {

    @Test
    void requirementsOfAProvincialLeadingGroupsOffice_areAnOtherDocument() {
        // changzhi-2024-03.txt l.1477-1479 (heading and 文号) and l.1501, cut after the title's sentence
        ResolvedDocument d = RecordingResolvedSink.parse("snippet.txt", """
                ## 长治市人民政府办公室 关于印发长治市道路货物运输源头科技治超 工作方案的通知

                长政办函〔2024〕12号

                ——统筹部署,明确方向。各县(区)政府要认真传达学习山西省治超办《山西省道路货物运输源头科技治超业务规范和技术要求》(以下简称《规范》)文件要求,结合自身实际,适时调整治理非法超限超载车辆工作领导小组。
                """).only();

        PolicyFacts f = citedFully(d, "山西省道路货物运输源头科技治超业务规范和技术要求");
        assertThat(f.level()).isEqualTo(Level.PROVINCIAL);
        assertThat(f.legalForce()).isEqualTo(LegalForce.OTHER_DOCUMENT);
    }
}
