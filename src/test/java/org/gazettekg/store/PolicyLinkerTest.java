package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyLinkerTest {

    private static final Path NUMBERED = Path.of("src/test/resources/store/numbered.txt");
    private static final Path TITLE_ONLY = Path.of("src/test/resources/store/title-only.txt");
    private static final String CITED = """
            PREFIX gkg: <https://w3id.org/gazette-kg/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT DISTINCT ?policy {
              ?c gkg:citedTitle ?t ; gkg:citedPolicy ?policy ; gkg:citingDocument/eli:id_local "朔政办发〔2021〕9号" .
            }""";

    @TempDir
    Path tmp;

    private static List<String> citedPolicies(GazetteStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(CITED, DatasetFactory.wrap(store.dataset()))) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(s -> out.add(s.getResource("policy").getURI()));
                return out;
            }
        });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void titleOnlyCitation_joinsTheNumberedPolicyWithTheSameTitle_inEitherLoadOrder(boolean numberedFirst) {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            for (Path file : numberedFirst ? List.of(NUMBERED, TITLE_ONLY) : List.of(TITLE_ONLY, NUMBERED)) {
                assertThat(store.load(file).ok()).isTrue();
            }
            assertThat(citedPolicies(store)).containsExactly("https://w3id.org/gazette-kg/id/doc/晋政发〔2017〕47号");
            assertThat(store.validate()).allSatisfy(o -> assertThat(o.report().conforms()).as(o.graph()).isTrue());
        }
    }

    @Test
    void titleOnlyCitation_withoutNumberedTwin_staysATitleNode() {
        try (GazetteStore store = GazetteStore.open(tmp.resolve("db"))) {
            store.load(TITLE_ONLY);
            assertThat(citedPolicies(store)).singleElement().asString().startsWith("https://w3id.org/gazette-kg/id/policy/");
        }
    }
}
