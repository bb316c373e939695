package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.gazettekg.query.QueryCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries 13, 14 and 15 on the sample corpus: each gives the rows the sample's citations, catalog links and repeals make. */
class AnalystQueriesTest {

    @TempDir
    static Path tmp;

    private static GazetteStore store;

    @BeforeAll
    static void load() throws IOException {
        store = SampleCorpus.loadedInto(tmp.resolve("db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> rows(DatasetGraph dataset, String name) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            RowSet results = QueryExec.dataset(dataset).query(QueryCatalog.resolve(name).text()).select();
            results.forEachRemaining(b -> {
                Map<String, String> row = new HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(),
                        b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString()));
                rows.add(row);
            });
            return rows;
        });
    }

    @Test
    void nationalLawsMostCited_areLawsOfTheCatalogCitedFromTwoCities_first() {
        List<Map<String, String>> rows = rows(store.dataset(), "14_national_laws_most_cited_across_cities");

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("legal_force")).isIn("law", "constitution"));
        // 档案法 is cited from 长治 (changzhi-2020-03) and 朔州 (shuozhou-2019-docs)
        assertThat(rows.get(0).get("cities")).isEqualTo("2");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("law")).endsWith("/policy/中华人民共和国档案法");
            assertThat(r.get("cities")).isEqualTo("2");
            assertThat(r.get("status")).isEqualTo("in-force");
        });
        // the conversion typo 中华人共和国大气污染防治法 is the law's node, counted once
        assertThat(rows).filteredOn(r -> r.get("law").contains("大气污染防治法")).hasSize(1);
    }

    @Test
    void policiesByLegalForceAndLevel_countTheSamplesCitedPoliciesInCells() {
        List<Map<String, String>> rows = rows(store.dataset(), "15_policies_by_legal_force_and_level");

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("legal_force")).isEqualTo("law");
            assertThat(r.get("level")).isEqualTo("national");
            assertThat(Integer.parseInt(r.get("policies"))).isGreaterThanOrEqualTo(20);
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("legal_force")).isEqualTo("administrative-document");
            assertThat(r.get("level")).isEqualTo("provincial");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("legal_force")).isEqualTo("local-regulation"));
    }

    @Test
    void citationsOfRepealedPolicies_onTheSampleAlone_areNone_andALaterCitationOfTheRepealedNotice_isListed()
            throws IOException {
        // The sample cites no policy after its repeal: its repeals are by the newest documents.
        assertThat(rows(store.dataset(), "13_citations_of_repealed_policies")).isEmpty();

        Path later = Path.of("src/test/resources/query/repealed/changzhi-2025-made-up.txt");
        assertThat(store.load(later).ok()).isTrue();
        List<Map<String, String>> rows = rows(store.dataset(), "13_citations_of_repealed_policies");

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("number")).isEqualTo("长政发〔2019〕2号");
            assertThat(r.get("document")).endsWith("/长政发〔2025〕3号");
            assertThat(r.get("document_date")).isEqualTo("2025-03-10");
            assertThat(r.get("repealed_on")).isEqualTo("2024-05-22");
        });
    }
}
