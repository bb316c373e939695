package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every law-like title cited in the sample and the outside development set against the hand-made table
 * {@code src/test/resources/resolve/expected-law-links.tsv}: the catalog entry it must link to (or none),
 * how, with what legal force and whether the entry is superseded.
 */
class LawCatalogExpectedLinksTest {

    private static final String TABLE = "/resolve/expected-law-links.tsv";
    private static final LawCatalog CATALOG = LawCatalog.standard();

    record Expected(String title, String foundIn, String name, String method, String legalForce, boolean superseded,
            String note) {
        @Override
        public String toString() {
            return title + (name.isEmpty() ? " → none" : " → " + name + " (" + method + ")");
        }
    }

    static List<Expected> table() {
        InputStream in = LawCatalogExpectedLinksTest.class.getResourceAsStream(TABLE);
        assertThat(in).as(TABLE).isNotNull();
        List<CSVRecord> records = Tsv.records(new InputStreamReader(in, StandardCharsets.UTF_8));
        return records.stream().map(r -> new Expected(Tsv.field(r, "cited_title"), Tsv.field(r, "found_in"),
                Tsv.field(r, "catalog_name"), Tsv.field(r, "method"), Tsv.field(r, "legal_force"),
                "1".equals(Tsv.field(r, "superseded")), Tsv.field(r, "note"))).toList();
    }

    static Stream<Expected> rows() {
        return table().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void citedTitle_linksToTheExpectedEntryOrToNone(Expected row) {
        Optional<LawMatch> match = CATALOG.match(row.title());

        if (row.name().isEmpty()) {
            assertThat(match).as(row.note()).isEmpty();
            return;
        }
        assertThat(match).as(row.note()).isPresent();
        LawMatch m = match.get();
        assertThat(m.name()).isEqualTo(row.name());
        assertThat(m.method().notation()).isEqualTo(row.method());
        assertThat(m.legalForce()).isEqualTo(row.legalForce());
        assertThat(m.superseded()).isEqualTo(row.superseded());
        assertThat(m.printed()).isEqualTo(row.title());
    }

    @Test
    void table_coversTheSampleAndTheOutsideSetWithBothTyposAndUnlinkedTitles() {
        List<Expected> table = table();

        assertThat(table).hasSize(119);
        assertThat(table).filteredOn(e -> e.foundIn().contains("outside/")).isNotEmpty();
        assertThat(table).filteredOn(e -> "fuzzy".equals(e.method())).extracting(Expected::title)
                .containsExactlyInAnyOrder("中华人共和国大气污染防治法", "中华人民共和国突发生事件应对法");
        assertThat(table).filteredOn(e -> e.name().isEmpty()).hasSizeGreaterThan(60);
    }
}
