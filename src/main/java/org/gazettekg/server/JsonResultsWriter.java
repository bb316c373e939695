package org.gazettekg.server;

import static org.apache.jena.riot.rowset.rw.JSONResultsKW.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes SPARQL results as {@code application/sparql-results+json} through Jackson's streaming
 * generator, without indentation. Jena's own writer prints every character through an indenting
 * writer; for the thousand-row answers of the analysts' list queries that took a fifth of the
 * server's time. The document is the same JSON, value for value (terms, language tags, datatypes,
 * base directions, blank node labels, RDF-star triple terms, unbound variables left out of their
 * row), with the keys of Jena's {@code JSONResultsKW}. The head and the first row are flushed to the
 * client as soon as the first row is found, then every {@value #ROWS_PER_FLUSH} rows.
 */
public final class JsonResultsWriter implements RowSetWriter {

    /** Creates the writer for {@link ResultSetLang#RS_JSON} only. */
    public static final RowSetWriterFactory FACTORY = lang -> {
        if (!ResultSetLang.RS_JSON.equals(lang)) {
            throw new IllegalArgumentException("JSON results writer asked for " + lang);
        }
        return new JsonResultsWriter();
    };

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** Rows sent to the client together after the first, which is sent alone as soon as it is found. */
    static final int ROWS_PER_FLUSH = 1_000;

    private JsonResultsWriter() {
    }

    /** Makes this the writer of SPARQL JSON results in this JVM (Fuseki's answers included). */
    public static void register() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, FACTORY);
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        NodeToLabel labels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels)
                ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        try (JsonGenerator json = generator(out)) {
            List<Var> vars = rowSet.getResultVars();
            json.writeStartObject();
            json.writeObjectFieldStart(kHead);
            json.writeArrayFieldStart(kVars);
            for (Var var : vars) {
                json.writeString(var.getVarName());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart(kResults);
            json.writeArrayFieldStart(kBindings);
            long written = 0;
            while (rowSet.hasNext()) {
                writeRow(json, vars, rowSet.next(), labels);
                // The server's response holds what it is given until it is flushed: without these, a
                // client saw no byte of a streamed table until the whole answer was computed (seconds at
                // national scale) and the server held the whole answer in memory.
                if (written++ % ROWS_PER_FLUSH == 0) {
                    json.flush();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart(kHead);
            json.writeEndObject();
            json.writeBooleanField(kBoolean, result);
            json.writeEndObject();
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        throw new UnsupportedOperationException("JSON results are written as UTF-8 bytes: use an OutputStream");
    }

    /**
     * Jena's own exception for a failed write, as its writers throw: Fuseki takes it for a client that
     * left (a bench or an analyst's page that closes the connection after the first rows) and logs one
     * line, not a stack trace of an internal error.
     */
    private static RuntimeIOException cannotWrite(IOException e) {
        return new RuntimeIOException("cannot write SPARQL JSON results: " + e, e);
    }

    /** A generator that leaves {@code out} open, as the caller owns it, and flushes into it when closed. */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private static void writeRow(JsonGenerator json, List<Var> vars, Binding row, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        for (Var var : vars) {
            Node value = row.get(var);
            if (value != null) {
                json.writeFieldName(var.getVarName());
                writeTerm(json, value, labels);
            }
        }
        json.writeEndObject();
    }

    private static void writeTerm(JsonGenerator json, Node term, NodeToLabel labels) throws IOException {
        json.writeStartObject();
        if (term.isURI()) {
            json.writeStringField(kType, kUri);
            json.writeStringField(kValue, term.getURI());
        } else if (term.isLiteral()) {
            writeLiteral(json, term);
        } else if (term.isBlank()) {
            json.writeStringField(kType, kBnode);
            // The label comes as "_:b0".
            json.writeStringField(kValue, labels.get(null, term).substring(2));
        } else if (term.isNodeTriple()) {
            Triple triple = term.getTriple();
            json.writeStringField(kType, kTriple);
            json.writeObjectFieldStart(kValue);
            json.writeFieldName(kSubject);
            writeTerm(json, triple.getSubject(), labels);
            json.writeFieldName(kPredicate);
            writeTerm(json, triple.getPredicate(), labels);
            json.writeFieldName(kObject);
            writeTerm(json, triple.getObject(), labels);
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term in a SPARQL result: " + term);
        }
        json.writeEndObject();
    }

    private static void writeLiteral(JsonGenerator json, Node literal) throws IOException {
        json.writeStringField(kType, kLiteral);
        String language = literal.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            json.writeStringField(kXmlLang, language);
            TextDirection direction = literal.getLiteralBaseDirection();
            if (direction != null) {
                json.writeStringField(kBaseDirection, direction.direction());
            }
        } else if (!Util.isSimpleString(literal) && !Util.isLangString(literal)) {
            json.writeStringField(kDatatype, literal.getLiteralDatatypeURI());
        }
        json.writeStringField(kValue, literal.getLiteralLexicalForm());
    }
}
