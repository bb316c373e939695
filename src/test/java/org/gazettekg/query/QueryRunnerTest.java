package org.gazettekg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code query}'s runner: each query form written in each format, read back by Jena's own readers. */
class QueryRunnerTest {

    private static final String EX = "http://example.org/";
    private static final String SELECT = "SELECT ?title WHERE { ?d <" + EX + "title> ?title } ORDER BY ?title"; // 做 U+505A sorts before 印 U+5370

    private DatasetGraph dataset;

    @BeforeEach
    void twoTitles() {
        dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> {
            dataset.getDefaultGraph().add(NodeFactory.createURI(EX + "d1"), NodeFactory.createURI(EX + "title"),
                    NodeFactory.createLiteralString("关于做好防汛工作的通知"));
            dataset.getDefaultGraph().add(NodeFactory.createURI(EX + "d2"), NodeFactory.createURI(EX + "title"),
                    NodeFactory.createLiteralString("关于印发方案的通知"));
        });
    }

    private String run(String sparql, QueryRunner.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(dataset).run(sparql, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void selectAsCsv_isSparqlCsvWithAHeaderAndOneLinePerRow() {
        assertThat(run(SELECT, QueryRunner.Format.CSV).lines())
                .containsExactly("title", "关于做好防汛工作的通知", "关于印发方案的通知");
    }

    @Test
    void selectAsTsv_isSparqlTsvWithQuotedLiterals() {
        assertThat(run(SELECT, QueryRunner.Format.TSV).lines())
                .containsExactly("?title", "\"关于做好防汛工作的通知\"", "\"关于印发方案的通知\"");
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class)
    void selectAsJsonOrXml_readsBackAsTheSameRows(ResultFormat format) {
        String text = run(SELECT, format.format);
        ResultSet rows = ResultsReader.create().lang(format.lang).read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.getResultVars()).containsExactly("title");
        assertThat(rows.next().getLiteral("title").getString()).isEqualTo("关于做好防汛工作的通知");
        assertThat(rows.next().getLiteral("title").getString()).isEqualTo("关于印发方案的通知");
        assertThat(rows.hasNext()).isFalse();
    }

    enum ResultFormat {
        JSON(QueryRunner.Format.JSON, ResultSetLang.RS_JSON),
        XML(QueryRunner.Format.XML, ResultSetLang.RS_XML);

        final QueryRunner.Format format;
        final Lang lang;

        ResultFormat(QueryRunner.Format format, Lang lang) {
            this.format = format;
            this.lang = lang;
        }
    }

    @Test
    void selectAsTable_isATextTableWithTheRows() {
        String table = run(SELECT, QueryRunner.Format.TABLE);

        assertThat(table).contains("| title").contains("\"关于印发方案的通知\"").contains("\"关于做好防汛工作的通知\"")
                .startsWith("-");
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class)
    void askAsJsonOrXml_readsBackAsItsAnswer(ResultFormat format) {
        String yes = run("ASK { ?d <" + EX + "title> ?t }", format.format);
        String no = run("ASK { ?d <" + EX + "date> ?t }", format.format);

        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.getBytes(StandardCharsets.UTF_8)), format.lang))
                .isTrue();
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.getBytes(StandardCharsets.UTF_8)), format.lang))
                .isFalse();
    }

    @Test
    void askAsCsvTsvOrTable_writesItsAnswer() {
        String ask = "ASK { ?d <" + EX + "title> ?t }";

        assertThat(run(ask, QueryRunner.Format.CSV).lines()).containsExactly("_askResult", "true");
        assertThat(run(ask, QueryRunner.Format.TSV).lines()).containsExactly("?_askResult", "true");
        assertThat(run(ask, QueryRunner.Format.TABLE).strip()).isEqualTo("yes");
        assertThat(run("ASK { ?d <" + EX + "date> ?t }", QueryRunner.Format.TABLE).strip()).isEqualTo("no");
    }

    @Test
    void construct_isWrittenAsTurtleThatReadsBackAsTheConstructedTriples() {
        Model model = turtle(run("CONSTRUCT { ?d <" + EX + "name> ?t } WHERE { ?d <" + EX + "title> ?t }",
                QueryRunner.Format.CSV));

        assertThat(model.size()).isEqualTo(2);
        assertThat(model.contains(model.createResource(EX + "d1"), model.createProperty(EX + "name"),
                "关于做好防汛工作的通知")).isTrue();
    }

    @Test
    void describe_isWrittenAsTurtleWithTheResourcesTriples() {
        Model model = turtle(run("DESCRIBE <" + EX + "d2>", QueryRunner.Format.JSON));

        assertThat(model.size()).isEqualTo(1);
        assertThat(model.contains(model.createResource(EX + "d2"), model.createProperty(EX + "title"),
                "关于印发方案的通知")).isTrue();
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        return model;
    }

    @Test
    void formatNames_areReadInAnyCase_andUnknownOnesRefused() {
        assertThat(QueryRunner.Format.of("json")).isEqualTo(QueryRunner.Format.JSON);
        assertThat(QueryRunner.Format.of("Tsv")).isEqualTo(QueryRunner.Format.TSV);
        assertThatIllegalArgumentException().isThrownBy(() -> QueryRunner.Format.of("yaml"));
        assertThatNullPointerException().isThrownBy(() -> QueryRunner.Format.of(null)).withMessage("name");
    }

    @Test
    void nulls_areRefusedByName() {
        QueryRunner runner = new QueryRunner(dataset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatNullPointerException().isThrownBy(() -> new QueryRunner(null)).withMessage("dataset");
        assertThatNullPointerException().isThrownBy(() -> runner.run(null, QueryRunner.Format.CSV, out))
                .withMessage("sparql");
        assertThatNullPointerException().isThrownBy(() -> runner.run(SELECT, null, out)).withMessage("format");
        assertThatNullPointerException().isThrownBy(() -> runner.run(SELECT, QueryRunner.Format.CSV, null))
                .withMessage("out");
    }
}
