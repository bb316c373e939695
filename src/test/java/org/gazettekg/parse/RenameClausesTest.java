package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The renames {@link RenameClauses} reads on its own: the old name (after the 同意 and the city printed before it)
 * and the new one, each with the event 更名; clauses shaped as 国函〔2015〕73号 l.15 (同意保定市新市区更名为竞秀区) and
 * 国函〔1995〕68号 l.13 (同意松原市扶余区更名为宁江区).
 */
class RenameClausesTest {

    private static final DivisionNames NAMES = new DivisionNames(Gazetteer.standard());
    private static final RenameClauses RENAMES = new RenameClauses(new ClauseUnits(NAMES));

    private static List<DivisionChange> read(String... lines) {
        DivisionText text = DivisionText.of(SourceText.of("s.txt", List.of(lines)), 1, lines.length);
        DivisionDoc doc = new DivisionDoc(text, NAMES.index(text.text()), null);
        return RENAMES.read(doc, 0, text.text());
    }

    private static List<String> oldNames(String... lines) {
        return read(lines).stream().flatMap(c -> c.abolished().stream()).map(DivisionMention::name).toList();
    }

    @Test
    void read_districtRenamedAfterItsCity_givesTheOldAndTheNewNameTheEvent更名() {
        assertThat(read("五、同意保定市新市区更名为竞秀区。")).singleElement().satisfies(c -> {
            assertThat(c.abolished()).extracting(DivisionMention::name, DivisionMention::level, DivisionMention::code,
                    DivisionMention::event).containsExactly(tuple("新市区", Gazetteer.COUNTY, null, RenameClauses.RENAMED));
            assertThat(c.established()).extracting(DivisionMention::name, DivisionMention::event)
                    .containsExactly(tuple("竞秀区", RenameClauses.RENAMED));
            assertThat(c.villageMoves()).isEmpty();
        });
    }

    @Test
    void read_cityWhoseNameHolds原_isSkipped_andTheOldNameIsTheDistricts() {
        assertThat(oldNames("二、同意松原市扶余区更名为宁江区。")).containsExactly("扶余区");
    }

    @Test
    void read_townshipRenamed_keepsTheTownshipLevel() {
        assertThat(read("同意韩店镇更名为韩店街道。")).singleElement().satisfies(c -> {
            assertThat(c.abolished()).extracting(DivisionMention::name, DivisionMention::level)
                    .containsExactly(tuple("韩店镇", Gazetteer.TOWNSHIP));
            assertThat(c.established()).extracting(DivisionMention::name).containsExactly("韩店街道");
        });
    }

    @Test
    void read_oldNameOfTwoCharacters_isRead() {
        assertThat(oldNames("同意城区更名为城东区。")).containsExactly("城区");
    }

    @Test
    void read_oldNameAfterACityThatNoReaderTakesForAUnit_isTheNameAfterTheCity() {
        assertThat(oldNames("同意梧州市市区更名为万秀区。")).containsExactly("市区");
        assertThat(oldNames("同意梧州市新郊区更名为万秀区。")).containsExactly("新郊区");
    }

    @Test
    void read_phraseBeforeTheVerb_orNothingBeforeIt_renamesNothing() {
        assertThat(read("同意长治市辖城区更名为城东区。")).isEmpty();
        assertThat(read("更名为城东区。")).isEmpty();
        assertThat(read("同意工业园区更名为经济开发区。")).isEmpty();
    }

    @Test
    void read_newNameSameAsTheOld_orNoUnit_renamesNothing() {
        assertThat(read("同意城东区更名为城东区。")).isEmpty();
        assertThat(read("同意城东区更名为,")).isEmpty();
    }

    @Test
    void read_twoRenamesInOneSentence_areTwoChanges() {
        assertThat(read("同意保定市新市区更名为竞秀区、城东区更名为城西区。")).hasSize(2)
                .flatExtracting(DivisionChange::abolished).extracting(DivisionMention::name)
                .containsExactly("新市区", "城东区");
    }

    @Test
    void read_renameOnTheSecondLine_isDatedByThatLine() {
        assertThat(read("五、", "同意保定市新市区更名为竞秀区。")).singleElement()
                .satisfies(c -> assertThat(c.abolished().get(0).line()).isEqualTo(2));
    }
}
