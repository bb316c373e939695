package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.gazettekg.resolve.LearnedCodes.Evidence;
import org.junit.jupiter.api.Test;

class LearnedCodesTest {

    private final LearnedCodes learned = new LearnedCodes();

    @Test
    void headingWithItsNumber_answersTheCodeWithProvenance() {
        learned.learn("宁政办规字", "南京市人民政府办公厅", "nanjing-2023-docs.txt", 1);

        assertThat(learned.lookup("宁政办规字")).hasValue(
                new Evidence("宁政办规字", "南京市人民政府办公厅", "nanjing-2023-docs.txt", 1));
        assertThat(learned.lookup("宁政办规字").orElseThrow().provenance()).isEqualTo("nanjing-2023-docs.txt:1");
    }

    @Test
    void evidence_isKeptUnderTheCodeLessItsEnding() {
        learned.learn("宁政办规字", "南京市人民政府办公厅", "nanjing-2023-docs.txt", 1);

        assertThat(learned.lookup("宁政办发")).get().extracting(Evidence::body).isEqualTo("南京市人民政府办公厅");
        assertThat(learned.lookup("宁政办函")).get().extracting(Evidence::body).isEqualTo("南京市人民政府办公厅");
        assertThat(learned.lookup("宁政办")).get().extracting(Evidence::body).isEqualTo("南京市人民政府办公厅");
    }

    @Test
    void governmentCode_isAnsweredFromItsOfficesEvidence_butNotTheReverse() {
        learned.learn("宁政办规字", "南京市人民政府办公厅", "nanjing-2023-docs.txt", 1);
        learned.learn("东府", "东莞市人民政府", "dongguan-2021-jiuye.txt", 9);

        assertThat(learned.lookup("宁政发")).get().extracting(Evidence::body, Evidence::provenance)
                .containsExactly("南京市人民政府", "nanjing-2023-docs.txt:1");
        // 东莞's office may be an 办公厅 or an 办公室: not guessed
        assertThat(learned.lookup("东府办")).isEmpty();
    }

    @Test
    void theSameBodySeenTwice_addsProvenanceNotConflict() {
        learned.learn("鲁政字", "山东省人民政府", "shandong-2019-docs.txt", 7);
        learned.learn("鲁政发", "山东省人民政府", "shandong-2019-docs.txt", 85);

        assertThat(learned.evidence("鲁政字")).hasSize(2);
        assertThat(learned.lookup("鲁政字")).get().extracting(Evidence::line).isEqualTo(7);
        assertThat(learned.isAmbiguous("鲁政字")).isFalse();
    }

    @Test
    void conflictingEvidence_makesTheCodeAmbiguous() {
        learned.learn("宁政发", "南京市人民政府", "a.txt", 1);
        learned.learn("宁政发", "宁夏回族自治区人民政府", "b.txt", 2);

        assertThat(learned.lookup("宁政发")).isEmpty();
        assertThat(learned.isAmbiguous("宁政发")).isTrue();
        assertThat(learned.evidence("宁政发")).extracting(Evidence::source).containsExactly("a.txt", "b.txt");
    }

    @Test
    void codeNeverSeen_findsNothing() {
        learned.learn("苏安", "江苏省安全生产委员会", "nanjing-2023-docs.txt", 9);

        assertThat(learned.lookup("苏政发")).isEmpty();
        assertThat(learned.lookup("安委")).isEmpty();
    }

    @Test
    void blankCodeOrBody_isNotLearned() {
        learned.learn("", "南京市人民政府", "a.txt", 1);
        learned.learn("宁政发", "  ", "a.txt", 1);

        assertThat(learned.all()).isEmpty();
    }
}
