package org.gazettekg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetReaderRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our compact JSON results carry exactly what Jena's own writer does. */
class JsonResultsWriterTest {

    private static final Var S = Var.alloc("s");
    private static final Var V = Var.alloc("value");
    private static final Var MISSING = Var.alloc("missing");

    /** Every kind of term, with strings that need escaping: quotes, backslash, line breaks, control characters, CJK, astral. */
    private static List<Binding> rows() {
        Node subject = NodeFactory.createURI("https://w3id.org/gazette-kg/id/doc/长政办发〔2020〕10号");
        List<Node> values = List.of(
                NodeFactory.createURI("http://example.org/a?b=1&c=\"2\""),
                NodeFactory.createLiteralString("plain \"quoted\" \\ back\nslash\ttab\u0001control"),
                NodeFactory.createLiteralLang("关于印发《实施方案》的通知\u2028", "zh"),
                NodeFactory.createLiteralDirLang("مرسوم", "ar", "rtl"),
                NodeFactory.createLiteralDT("2020-03-01", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT("42", org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(XSD.integer.getURI())),
                NodeFactory.createLiteralString("𠀀 astral"),
                NodeFactory.createBlankNode("x1"),
                NodeFactory.createTripleNode(Triple.create(subject, NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o"))));
        List<Binding> rows = new ArrayList<>();
        for (Node value : values) {
            rows.add(BindingBuilder.create().add(S, subject).add(V, value).build());
        }
        rows.add(BindingBuilder.create().add(S, subject).build());
        return rows;
    }

    private static RowSet rowSet() {
        return RowSetStream.create(List.of(S, V, MISSING), rows().iterator());
    }

    private static List<Binding> read(byte[] json) {
        RowSet rows = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                .read(new ByteArrayInputStream(json), new Context());
        List<Binding> out = new ArrayList<>();
        rows.forEachRemaining(out::add);
        return out;
    }

    @Test
    void document_isTheJsonValueOfJenasOwnWriter() throws Exception {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(ours, rowSet(), new Context());
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jenas, rowSet(), new Context());

        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(jenas.toByteArray());
        assertThat(expected.at("/results/bindings")).hasSize(rows().size());
        assertThat(json.readTree(ours.toByteArray())).isEqualTo(expected);
    }

    @Test
    void rows_readBackAsTheRowsWritten() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(ours, rowSet(), new Context());
        List<Binding> written = rows();
        List<Binding> read = read(ours.toByteArray());
        assertThat(read).hasSameSizeAs(written);
        for (int i = 0; i < read.size(); i++) {
            Node value = written.get(i).get(V);
            if (value != null && value.isBlank()) {
                // A reader makes blank nodes of its own: only the kind can match.
                assertThat(read.get(i).get(V).isBlank()).isTrue();
            } else {
                assertThat(read.get(i)).isEqualTo(written.get(i));
            }
        }
    }

    @Test
    void rows_areWrittenWithoutIndentation_andNonAsciiAsUtf8() {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(ours, rowSet(), new Context());
        String json = ours.toString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\n").contains("关于印发《实施方案》的通知").contains("\"head\":{\"vars\":[\"s\",\"value\",\"missing\"]}");
    }

    @Test
    void askResult_readsBackAsTheBoolean() {
        for (boolean answer : new boolean[] {true, false}) {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(ours, answer, new Context());
            QueryExecResult result = RowSetReaderRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                    .readAny(new ByteArrayInputStream(ours.toByteArray()), new Context());
            assertThat(result.booleanResult()).isEqualTo(answer);
        }
    }

    @Test
    void firstRow_reachesTheStream_beforeTheSecondRowIsComputed() {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        List<String> seenBeforeSecondRow = new ArrayList<>();
        Iterator<Binding> written = rows().iterator();
        Iterator<Binding> slow = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == 1) {
                    // what the client holds while the engine is still looking for the second row
                    seenBeforeSecondRow.add(client.toString(StandardCharsets.UTF_8));
                }
                return written.hasNext();
            }

            @Override
            public Binding next() {
                given++;
                return written.next();
            }
        };
        OutputStream unflushedUntilAsked = new BufferedOutputStream(client, 1 << 16);
        JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON)
                .write(unflushedUntilAsked, RowSetStream.create(List.of(S, V, MISSING), slow), new Context());
        assertThat(seenBeforeSecondRow).hasSize(1);
        assertThat(seenBeforeSecondRow.get(0))
                .startsWith("{\"head\":{\"vars\":[\"s\",\"value\",\"missing\"]}")
                .contains("http://example.org/a?b=1&c=\\\"2\\\"")
                .doesNotContain("plain");
    }

    @Test
    void laterRows_reachTheStream_everyThousandRows() {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        Node subject = NodeFactory.createURI("http://example.org/s");
        int total = 2 * JsonResultsWriter.ROWS_PER_FLUSH + 500;
        List<Integer> rowsHeldByClient = new ArrayList<>();
        Iterator<Binding> rows = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                rowsHeldByClient.add(countOf(client.toString(StandardCharsets.UTF_8), "\"s\":"));
                return given < total;
            }

            @Override
            public Binding next() {
                given++;
                return BindingBuilder.create().add(S, subject).build();
            }
        };
        JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON)
                .write(new BufferedOutputStream(client, 1 << 20), RowSetStream.create(List.of(S), rows), new Context());
        // asked for row n+1 after n rows were written: the client holds rows 1, 1 001, 2 001 …
        assertThat(rowsHeldByClient.get(1)).isEqualTo(1);
        assertThat(rowsHeldByClient.get(JsonResultsWriter.ROWS_PER_FLUSH)).isEqualTo(1);
        assertThat(rowsHeldByClient.get(JsonResultsWriter.ROWS_PER_FLUSH + 1)).isEqualTo(JsonResultsWriter.ROWS_PER_FLUSH + 1);
        assertThat(rowsHeldByClient.get(2 * JsonResultsWriter.ROWS_PER_FLUSH + 1)).isEqualTo(2 * JsonResultsWriter.ROWS_PER_FLUSH + 1);
        assertThat(read(client.toByteArray())).hasSize(total);
    }

    @Test
    void clientThatLeft_failsWithJenasIoException_whichFusekiLogsAsAClientThatLeft() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        assertThatThrownBy(() -> JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON)
                .write(closed, RowSetStream.create(List.of(S, V, MISSING), rows().iterator()), new Context()))
                .isInstanceOf(RuntimeIOException.class)
                .hasMessageContaining("Broken pipe");
        assertThatThrownBy(() -> JsonResultsWriter.FACTORY.create(ResultSetLang.RS_JSON).write(closed, true, new Context()))
                .isInstanceOf(RuntimeIOException.class);
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
