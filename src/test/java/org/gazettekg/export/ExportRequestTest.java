package org.gazettekg.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names of formats and subsets, request checks, GraphML id encoding and attribute typing. */
class ExportRequestTest {

    @ParameterizedTest
    @CsvSource({"graphml,GRAPHML", "GEXF,GEXF", " Cytoscape ,CYTOSCAPE", "nquads,NQUADS", "dot,DOT"})
    void formatNames_areCaseInsensitive(String name, ExportFormat expected) {
        assertThat(ExportFormat.of(name)).isEqualTo(expected);
    }

    @Test
    void unknownFormat_listsTheKnownOnes() {
        assertThatThrownBy(() -> ExportFormat.of("xlsx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("graphml|gexf|dot|cytoscape|jsonld|turtle|nquads|csv");
    }

    @ParameterizedTest
    @CsvSource({"citations,CITATIONS", "division-changes,DIVISION_CHANGES", "neighborhood,NEIGHBOURHOOD", "CITIES,CITIES"})
    void subsetNames_acceptBothSpellingsOfNeighbourhood(String name, Subset expected) {
        assertThat(Subset.of(name)).isEqualTo(expected);
    }

    @Test
    void neighbourhoodWithoutFocus_isRejected() {
        assertThatThrownBy(() -> new ExportRequest(Subset.NEIGHBOURHOOD, null, ExportFormat.CSV, " ", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--of");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, ExportRequest.MAX_DEPTH + 1})
    void depthOutOfRange_isRejected(int depth) {
        assertThatThrownBy(() -> ExportRequest.neighbourhood("x", depth, ExportFormat.CSV)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depth");
    }

    @Test
    void subsetAndQueryTogether_isRejected() {
        assertThatThrownBy(() -> new ExportRequest(Subset.CITATIONS, "SELECT * {}", ExportFormat.CSV, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://w3id.org/gazette-kg/id/doc/长政办发〔2020〕10号", "https://w3id.org/gazette-kg/id/policy/a_x0041_b#c?d=e",
            "https://w3id.org/gazette-kg/id/division/140404/韩店镇"})
    void graphmlIds_roundTripAndAreNmtokens(String iri) {
        String token = GraphmlIds.encode(iri);

        assertThat(GraphmlIds.decode(token)).isEqualTo(iri);
        assertThat(token).matches("[A-Za-z0-9.:_\\-\\x{4E00}-\\x{9FA5}]+");
    }

    @Test
    void attributeTypes_widenNumbersAndFallBackToText() {
        Map<String, ValueType> types = ValueType.infer(List.of(
                Map.of("line", 3, "weight", 2, "year", 2020, "mixed", 1),
                Map.of("line", 4, "weight", 2.5, "year", 3_000_000_000L, "mixed", "x")));

        assertThat(types).containsEntry("line", ValueType.INT).containsEntry("weight", ValueType.DOUBLE)
                .containsEntry("year", ValueType.LONG).containsEntry("mixed", ValueType.STRING);
    }
}
