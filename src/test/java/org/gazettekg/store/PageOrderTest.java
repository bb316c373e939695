package org.gazettekg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PageOrder}: the positions and page numbers it keeps, write after write, are those that
 * SPARQL's {@code ORDER BY … LIMIT N OFFSET k·N} gives over the whole view.
 */
class PageOrderTest {

    private static final String NS = View.NS;
    private static final int SIZE = 7;
    private static final String HEAD = """
            #+ view: store
            #+ key: city
            """;
    private static final String BODY = """
            PREFIX view: <https://w3id.org/gazette-kg/view#>
            CONSTRUCT { ?row view:city ?city ; view:year ?year ; view:documentCount ?n }
            WHERE { ?row view:city ?city ; view:documentCount ?n . OPTIONAL { ?row view:year ?year } }
            """;
    private static final View VIEW = View.parse("t", HEAD + "#+ page: " + SIZE + " by ?city COALESCE(?year, \"unknown\")\n" + BODY);
    private static final Node CITY = uri(NS + "city");
    private static final Node YEAR = uri(NS + "year");
    private static final Node COUNT = uri(NS + "documentCount");
    /** Cities in an order their code points and their lengths disagree on; a tie of (city, year) is kept. */
    private static final List<String> CITIES = List.of("长治市", "大同市", "晋中市", "太原", "Ab", "a");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void randomWrites_keepThePagesThatOrderByLimitOffsetGivesOverTheWholeView(boolean tdb2) {
        DatasetGraph dataset = tdb2 ? org.apache.jena.tdb2.DatabaseMgr.createDatasetGraph() : DatasetGraphFactory.createTxnMem();
        dataset.begin(org.apache.jena.query.TxnType.WRITE);
        Random random = new Random(11);
        Map<Integer, Node> rows = new TreeMap<>();
        int next = 0;
        for (int write = 0; write < 200; write++) {
            Set<Node> changed = new HashSet<>();
            int kind = random.nextInt(4);
            int n = 1 + random.nextInt(kind == 3 ? 12 : 3);
            for (int i = 0; i < n; i++) {
                if (kind == 1 && !rows.isEmpty()) {
                    // Removal of a row.
                    Node row = pick(rows, random);
                    dataset.deleteAny(VIEW.graph(), row, Node.ANY, Node.ANY);
                    rows.values().remove(row);
                    changed.add(row);
                } else if (kind == 2 && !rows.isEmpty()) {
                    // A row changed in place: its city or year may move it anywhere.
                    Node row = pick(rows, random);
                    dataset.deleteAny(VIEW.graph(), row, Node.ANY, Node.ANY);
                    writeRow(dataset, row, random);
                    changed.add(row);
                } else {
                    // A new row (kind 3: a file of many).
                    Node row = uri("https://example.org/row/" + random.nextInt(1000) + "-" + next);
                    rows.put(next++, row);
                    writeRow(dataset, row, random);
                    changed.add(row);
                }
            }
            if (write % 10 == 0) {
                // An unchanged row among the changed ones is computed again by its key as it was.
                rows.values().stream().findFirst().ifPresent(changed::add);
            }
            PageOrder.update(dataset, VIEW, changed);
            assertPagesAreThoseOfOrderByLimitOffset(dataset, rows.size(), "write " + write);
        }
        dataset.commit();
    }

    @Test
    void aRowThatSortsLast_writesOnlyItsOwnPositionAndTheCounts() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        Set<Node> all = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Node row = uri("https://example.org/row/" + i);
            row(dataset, row, "长治市", 2000 + i);
            all.add(row);
        }
        PageOrder.update(dataset, VIEW, all);
        int[] added = {0};
        DatasetGraph counting = new DatasetGraphWrapper(dataset) {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                added[0]++;
                super.add(g, s, p, o);
            }
        };
        Node last = uri("https://example.org/row/last");
        row(counting, last, "长治市", 2100);
        added[0] = 0;
        PageOrder.update(counting, VIEW, Set.of(last));
        assertThat(added[0]).isEqualTo(4); // its position and page, the page size and the number of rows
        assertPagesAreThoseOfOrderByLimitOffset(dataset, 41, "last");
    }

    @Test
    void aViewWithoutNumbers_isNumberedWhole_atItsFirstUpdate() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        for (int i = 0; i < 20; i++) {
            row(dataset, uri("https://example.org/row/" + i), CITIES.get(i % CITIES.size()), 2000 + i % 3);
        }
        PageOrder.update(dataset, VIEW, Set.of());
        assertPagesAreThoseOfOrderByLimitOffset(dataset, 20, "first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"by ?city", "0 by ?city", "x by ?city", "7 ?city", "7 by", "7 by ?city (", "7 by ?nothing",
        "7 by ?city\n#+ page: 8 by ?city"})
    void malformedPageHeader_isRefused_saying_whatItExpects(String header) {
        assertThatThrownBy(() -> View.parse("t", HEAD + "#+ page: " + header + "\n" + BODY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("view t")
                .hasMessageMatching("(?s).*(malformed header #\\+ page:.*expected #\\+ page: N by CONDITION|page order reads \\?nothing).*");
    }

    @Test
    void pageHeaderOfAFileView_isRefused() {
        assertThatThrownBy(() -> View.parse("t", "#+ view: file\n#+ page: 7 by ?city\n" + BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a store view");
    }

    @Test
    void shippedView01_declaresItsPages() {
        View view = View.named("01_documents_per_city_year");
        assertThat(view.page().size()).isEqualTo(100);
        assertThat(view.page().conditions()).hasSize(2);
        assertThat(view.pages().getURI()).isEqualTo(View.DERIVED + "views/01_documents_per_city_year/pages");
    }

    /** Each page k of the kept numbers is, in position order, the page of ORDER BY … LIMIT SIZE OFFSET k·SIZE over the view. */
    static void assertPagesAreThoseOfOrderByLimitOffset(DatasetGraph dataset, int rows, String when) {
        String pages = VIEW.pages().getURI();
        assertThat(select(dataset, "SELECT ?n { GRAPH <" + pages + "> { <" + pages + "> view:rowCount ?n } }"))
                .as(when).containsExactly(String.valueOf(rows));
        assertThat(select(dataset, "SELECT ?n { GRAPH <" + pages + "> { <" + pages + "> view:pageRows ?n } }"))
                .as(when).containsExactly(String.valueOf(SIZE));
        assertThat(select(dataset, "SELECT ?r { GRAPH <" + pages + "> { ?r view:position ?p } }")).as(when).hasSize(rows);
        for (int k = 0; k * SIZE < rows || k == 0; k++) {
            List<String> expected = select(dataset, "SELECT ?row { GRAPH <" + VIEW.graph().getURI() + "> { ?row view:city ?city ."
                    + " OPTIONAL { ?row view:year ?year } } } ORDER BY ?city COALESCE(?year, \"unknown\") ?row LIMIT " + SIZE
                    + " OFFSET " + (k * SIZE));
            List<String> paged = select(dataset, "SELECT ?row { GRAPH <" + pages + "> { ?row view:page " + k
                    + " ; view:position ?p } } ORDER BY ?p");
            assertThat(paged).as(when + ", page " + k).isEqualTo(expected);
            List<String> positions = select(dataset, "SELECT ?p { GRAPH <" + pages + "> { ?row view:page " + k
                    + " ; view:position ?p } } ORDER BY ?p");
            List<String> wanted = new ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                wanted.add(String.valueOf(k * SIZE + i));
            }
            assertThat(positions).as(when + ", positions of page " + k).isEqualTo(wanted);
        }
    }

    private static List<String> select(DatasetGraph dataset, String query) {
        List<String> out = new ArrayList<>();
        QueryExec.dataset(dataset).query("PREFIX view: <" + NS + ">\n" + query).select().forEachRemaining(b -> {
            Node n = b.get(b.vars().next());
            out.add(n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        });
        return out;
    }

    private static Node pick(Map<Integer, Node> rows, Random random) {
        return new ArrayList<>(rows.values()).get(random.nextInt(rows.size()));
    }

    private static void writeRow(DatasetGraph dataset, Node row, Random random) {
        int year = random.nextInt(6);
        row(dataset, row, CITIES.get(random.nextInt(CITIES.size())), year == 5 ? null : 2018 + year);
    }

    private static void row(DatasetGraph dataset, Node row, String city, Integer year) {
        dataset.add(VIEW.graph(), row, CITY, NodeFactory.createLiteralLang(city, "zh"));
        if (year != null) {
            dataset.add(VIEW.graph(), row, YEAR, NodeFactory.createLiteralDT(year.toString(), XSDDatatype.XSDinteger));
        }
        dataset.add(VIEW.graph(), row, COUNT, NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
