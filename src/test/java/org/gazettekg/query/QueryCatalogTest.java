package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QueryCatalogTest {

    static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(QueryCatalog.FOLDER))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryFile_parsesAndHasSummary(String name) {
        QueryCatalog.NamedQuery q = QueryCatalog.resolve(name);
        assertThat(q.summary()).as("#+ summary: of %s", name).isNotBlank();
        Query parsed = QueryFactory.create(q.text());
        assertThat(parsed.isSelectType() || parsed.isConstructType() || parsed.isAskType()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryFile_isTableQueryOrNumbered(String name) {
        assertThat(name).matches("documents|citations|divisions|issues|policies|\\d\\d_[a-z0-9_]+");
    }

    static Stream<Arguments> tableQueries() {
        return Stream.of(
                Arguments.of("documents", List.of("source", "line", "doc_number", "issuer", "title", "date", "kind")),
                Arguments.of("citations", List.of("source", "citing_doc_number", "line", "cited_doc_number", "cited_title")),
                Arguments.of("divisions", List.of("source", "citing_doc_number", "line", "name", "level", "event")),
                Arguments.of("issues", List.of("source", "city", "year", "issue_no", "total_no", "publish_date", "editor_unit")),
                Arguments.of("policies", List.of("source", "number", "title", "issuer", "level", "legal_force", "status")));
    }

    @ParameterizedTest
    @MethodSource("tableQueries")
    void tableQuery_hasExactlyTheScoredVariables(String name, List<String> vars) {
        assertThat(QueryFactory.create(QueryCatalog.resolve(name).text()).getResultVars()).containsExactlyElementsOf(vars);
    }

    @Test
    void builtInQueries_shipOnTheClasspath() throws IOException {
        assertThat(QueryCatalog.names()).containsExactlyElementsOf(queryNames().toList());
        assertThat(QueryCatalog.all()).allSatisfy(q -> assertThat(q.summary()).isNotBlank());
    }

    @Test
    void resolve_acceptsNameWithSuffixAndPath(@TempDir Path dir) throws IOException {
        assertThat(QueryCatalog.resolve("documents.rq").name()).isEqualTo("documents");
        Path own = dir.resolve("mine.rq");
        Files.writeString(own, "#+ summary: mine\nSELECT * { ?s ?p ?o } LIMIT 1\n");
        QueryCatalog.NamedQuery q = QueryCatalog.resolve(own.toString());
        assertThat(q.name()).isEqualTo("mine");
        assertThat(q.summary()).isEqualTo("mine");
    }

    @Test
    void resolve_unknownName_failsNamingItAndTheKnownOnes() {
        assertThatThrownBy(() -> QueryCatalog.resolve("no_such_query"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_query")
                .hasMessageContaining("documents");
    }
}
