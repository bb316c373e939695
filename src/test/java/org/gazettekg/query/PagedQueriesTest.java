package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;



import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.SampleCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every analyst query ends with a LIMIT; those that list what grows with the store end with a page
 * (LIMIT n OFFSET m over a total order), and their pages add up to the whole answer, in order.
 */
class PagedQueriesTest {

    private static final Pattern PAGE = Pattern.compile("LIMIT\\s+(\\d+)\\s+OFFSET\\s+(\\d+)\\s*$");
    private static final Pattern LAST_LIMIT = Pattern.compile("\\n\\s*LIMIT\\s+\\d+(\\s+OFFSET\\s+\\d+)?\\s*$");
    /** A later notice citing a policy the sample repealed, so that query 13 has a row to page. */
    private static final Path REPEALED_THEN_CITED = Path.of("src/test/resources/query/repealed/changzhi-2025-made-up.txt");

    private static Path dir;
    private static GazetteStore store;

    @BeforeAll
    static void loadCorpus() throws IOException {
        dir = Files.createTempDirectory("gazette-paged-test");
        store = SampleCorpus.loadedInto(dir.resolve("db"));
        assertThat(store.load(REPEALED_THEN_CITED).ok()).isTrue();
    }

    @AfterAll
    static void close() throws IOException {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<List<String>> rows(String query) throws IOException {
        return PageNumberedQueriesTest.rows(store, query);
    }

    private static String page(String query, int limit, int offset) {
        return PAGE.matcher(query).replaceFirst(Matcher.quoteReplacement("LIMIT " + limit + " OFFSET " + offset));
    }

    private static Stream<String> analystQueries() {
        return QueryCatalog.names().stream().filter(n -> n.matches("\\d\\d_.*"));
    }

    private static Stream<String> pagedQueries() {
        return analystQueries().filter(n -> PAGE.matcher(QueryCatalog.resolve(n).text()).find());
    }

    @Test
    void everyAnalystQuery_endsWithALimit_andThoseThatListWhatGrowsWithTheStore_page() {
        assertThat(analystQueries()).hasSizeGreaterThan(10).allSatisfy(name ->
                assertThat(QueryCatalog.resolve(name).text()).as(name).containsPattern(LAST_LIMIT));
        // A page-numbered query reads its page by number (view:page k) from a page-ordered view: PageNumberedQueriesTest.
        assertThat(PageNumberedQueriesTest.numbered()).containsExactlyInAnyOrderElementsOf(PageNumberedQueriesTest.QUERIES);
        assertThat(Stream.concat(pagedQueries(), PageNumberedQueriesTest.numbered())).contains("01_documents_per_city_year", "04_documents_citing_number",
                "07_implementers_of_policy", "08_policy_chains_city_province_nation", "09_citations_of_documents_in_graph",
                "10_policies_shared_by_two_cities", "11_documents_naming_counties_of_city", "12_division_history",
                "13_citations_of_repealed_policies");
    }

    @ParameterizedTest
    @MethodSource("pagedQueries")
    void pagedQuery_startsAtOffset0_andItsPagesAddUpToTheUnpagedAnswerInOrder(String name) throws IOException {
        String text = QueryCatalog.resolve(name).text();
        Matcher m = PAGE.matcher(text);
        assertThat(m.find()).as(name + " ends with LIMIT n OFFSET 0").isTrue();
        assertThat(m.group(2)).isEqualTo("0");
        assertThat(text).contains("ORDER BY");
        assertThat(text).as(name + " says how to page").contains("# Paged:");

        List<List<String>> whole = rows(PAGE.matcher(text).replaceFirst(""));
        assertThat(whole).as(name).isNotEmpty();
        List<List<String>> paged = new ArrayList<>();
        int size = 2;
        for (int offset = 0; offset <= whole.size(); offset += size) {
            List<List<String>> p = rows(page(text, size, offset));
            assertThat(p.size()).isLessThanOrEqualTo(size);
            paged.addAll(p);
        }
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    private static Stream<String> pagedAndNumberedQueries() {
        return Stream.concat(pagedQueries(), PageNumberedQueriesTest.numbered());
    }

    /**
     * A paged query keeps the first LIMIT + OFFSET rows as they come (a top-N), rather than sorting
     * its whole answer and then cutting a page from it; a page-numbered one sorts its page alone.
     */
    @ParameterizedTest
    @MethodSource("pagedAndNumberedQueries")
    void pagedQuery_takesATopN_andSortsNoWholeAnswer(String name) {
        Op op = Algebra.optimize(Algebra.toQuadForm(Algebra.compile(QueryFactory.create(QueryCatalog.resolve(name).text()))));
        List<String> sorts = new ArrayList<>();
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpOrder o) {
                sorts.add("order");
            }

            @Override
            public void visit(OpTopN o) {
                sorts.add("top");
            }
        });
        assertThat(sorts).as(name).contains("top").doesNotContain("order");
    }
}
