package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The moves {@link UnitMoves} reads on its own, one reader at a time: villages a township gives up (壶关
 * changzhi-2020-02 l.96-116: 树掌镇的东柏坡、西柏坡…5个村民委员会), townships taken over in counted groups (哈尔滨
 * 国函〔2004〕10号: 辖原属道外区的松北、松浦、万宝3个镇), each with the unit it leaves and the one it joins.
 */
class UnitMovesTest {

    private static final DivisionNames NAMES = new DivisionNames(Gazetteer.standard());
    private static final UnitMoves MOVES = new UnitMoves(new ClauseUnits(NAMES));
    private static final DivisionMention SONGBEI = new DivisionMention(1, "松北区", "230109", Gazetteer.COUNTY,
            DivisionMatcher.ESTABLISHED);
    private static final DivisionMention DAXIAGU = new DivisionMention(1, "大峡谷镇", null, Gazetteer.TOWNSHIP,
            DivisionMatcher.ESTABLISHED);

    /** The lines as the division readers join them, read in 壶关县. */
    private static DivisionDoc doc(String... lines) {
        DivisionText text = DivisionText.of(SourceText.of("s.txt", List.of(lines)), 1, lines.length);
        return new DivisionDoc(text, NAMES.index(text.text()), "140427");
    }

    private static List<DivisionChange.VillageMove> counted(String sentence, List<DivisionMention> established) {
        DivisionDoc d = doc(sentence);
        return MOVES.countedTownships(d, 0, d.text().text(), established);
    }

    private static List<DivisionChange.VillageMove> villages(List<DivisionMention> established, String... lines) {
        DivisionDoc d = doc(lines);
        return MOVES.villageMoves(d, 0, d.text().text(), "140427", established);
    }

    // ---------------------------------------------------------------- townships in counted groups

    @Test
    void countedTownships_groupCountedInDigits_movesEachTownshipFromTheUnitBeforeIts的() {
        assertThat(counted("哈尔滨市设立松北区,辖原属道外区的松北、松浦、万宝3个镇。", List.of(SONGBEI)))
                .extracting(m -> m.village().name(), m -> m.village().level(), m -> m.from().name(), m -> m.to().name())
                .containsExactly(tuple("松北", Gazetteer.TOWNSHIP, "道外区", "松北区"),
                        tuple("松浦", Gazetteer.TOWNSHIP, "道外区", "松北区"),
                        tuple("万宝", Gazetteer.TOWNSHIP, "道外区", "松北区"));
    }

    @Test
    void countedTownships_groupCountedIn两Or三OrTen_isRead() {
        assertThat(counted("松北区辖原属道外区的松北、松浦两个镇。", List.of(SONGBEI))).hasSize(2);
        assertThat(counted("松北区辖原属道外区的松北、松浦、万宝三个镇。", List.of(SONGBEI))).hasSize(3);
        assertThat(counted("松北区辖原属道外区的甲、乙、丙、丁、戊、己、庚、辛、壬、癸十个乡。", List.of(SONGBEI))).hasSize(10);
        assertThat(counted("松北区辖原属道外区的甲、乙、丙、丁、戊、己、庚、辛、壬、癸、子、丑12个乡。", List.of(SONGBEI)))
                .hasSize(12);
    }

    @Test
    void countedTownships_groupAfterAComma_isTheSameUnits() {
        assertThat(counted("松北区辖原属道外区的松北、松浦2个镇,太阳岛、三电2个街道。", List.of(SONGBEI)))
                .extracting(m -> m.village().name(), m -> m.from().name())
                .containsExactly(tuple("松北", "道外区"), tuple("松浦", "道外区"), tuple("太阳岛", "道外区"), tuple("三电", "道外区"));
    }

    @Test
    void countedTownships_groupWithoutTheUnitItLeaves_movesNone() {
        assertThat(counted("设立松北区,太阳岛、三电2个街道。", List.of(SONGBEI))).isEmpty();
    }

    @Test
    void countedTownships_clauseEstablishingNoneOrTwoUnits_movesNone() {
        String clause = "松北区辖原属道外区的松北、松浦2个镇。";

        assertThat(counted(clause, List.of())).isEmpty();
        assertThat(counted(clause, List.of(SONGBEI, DAXIAGU))).isEmpty();
    }

    @Test
    void countedTownships_eachTownshipOnTheLineItIsPrintedOn() {
        DivisionDoc d = doc("松北区辖原属道外区的松北、", "松浦、万宝3个镇。");

        assertThat(MOVES.countedTownships(d, 0, d.text().text(), List.of(SONGBEI)))
                .extracting(m -> m.village().name(), m -> m.village().line())
                .containsExactly(tuple("松北", 1), tuple("松浦", 2), tuple("万宝", 2));
    }

    // ---------------------------------------------------------------- villages a township gives up

    @Test
    void villageMoves_villagesOfATownship_joinTheUnitWhoseAreaTheyBecome() {
        List<DivisionChange.VillageMove> moves = villages(List.of(),
                "以原桥上乡的行政区域和树掌镇的东柏坡、西柏坡2个村民委员会为大峡谷镇的行政区域。");

        assertThat(moves).extracting(m -> m.village().name(), m -> m.village().level(), m -> m.village().event(),
                        m -> m.from().name(), m -> m.to().name())
                .containsExactly(tuple("东柏坡", Gazetteer.VILLAGE, DivisionMatcher.MOVED_INTO, "树掌镇", "大峡谷镇"),
                        tuple("西柏坡", Gazetteer.VILLAGE, DivisionMatcher.MOVED_INTO, "树掌镇", "大峡谷镇"));
    }

    @Test
    void villageMoves_villagesMoved划入ATownship_joinIt() {
        assertThat(villages(List.of(), "将树掌镇的东柏坡、西柏坡2个村民委员会划入大峡谷镇管辖。"))
                .extracting(m -> m.to().name()).containsOnly("大峡谷镇");
    }

    @Test
    void villageMoves_noTargetPrinted_joinTheOneUnitEstablished_orNone() {
        String clause = "树掌镇的东柏坡、西柏坡2个村民委员会一并调整。";

        assertThat(villages(List.of(DAXIAGU), clause)).extracting(m -> m.to().name()).containsOnly("大峡谷镇");
        assertThat(villages(List.of(DAXIAGU, SONGBEI), clause)).hasSize(2).allSatisfy(m -> assertThat(m.to()).isNull());
    }

    @Test
    void villageMoves_groupsOfTwoTownships_eachLeaveTheirOwn() {
        List<DivisionChange.VillageMove> moves = villages(List.of(),
                "以树掌镇的东柏坡、西柏坡2个村民委员会和石坡乡的下石坡、马安驼2个村民委员会的行政区域为大峡谷镇的行政区域。");

        assertThat(moves).extracting(m -> m.village().name(), m -> m.from().name())
                .containsExactly(tuple("东柏坡", "树掌镇"), tuple("西柏坡", "树掌镇"), tuple("下石坡", "石坡乡"), tuple("马安驼", "石坡乡"));
    }

    @Test
    void villageMoves_eachVillageOnTheLineItIsPrintedOn() {
        List<DivisionChange.VillageMove> moves = villages(List.of(DAXIAGU), "树掌镇的东柏坡、西柏坡、", "东脑3个村民委员会。");

        assertThat(moves).extracting(m -> m.village().name(), m -> m.village().line())
                .containsExactly(tuple("东柏坡", 1), tuple("西柏坡", 1), tuple("东脑", 2));
    }

    @Test
    void villageMoves_villagesAfterNoTownship_moveNowhere() {
        assertThat(villages(List.of(DAXIAGU), "全县的东柏坡、西柏坡2个村民委员会。")).isEmpty();
    }
}
