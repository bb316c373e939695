package org.gazettekg.query;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Runs a SPARQL query on the store and writes its results in a standard SPARQL 1.1 format. */
public final class QueryRunner {

    /** Output formats of {@code query --format}. */
    public enum Format {
        /** A text table for people. */
        TABLE,
        /** SPARQL 1.1 Query Results CSV. */
        CSV,
        /** SPARQL 1.1 Query Results TSV. */
        TSV,
        /** SPARQL 1.1 Query Results JSON. */
        JSON,
        /** SPARQL Query Results XML. */
        XML;

        /** Parses a format name case-insensitively. */
        public static Format of(String name) {
            return valueOf(requireNonNull(name, "name").toUpperCase(Locale.ROOT));
        }
    }

    private final DatasetGraph dataset;

    /** A runner over {@code dataset} (whose default graph is the union of the sources). */
    public QueryRunner(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
    }

    /**
     * Runs {@code sparql} and writes the result to {@code out}: SELECT and ASK in {@code format},
     * CONSTRUCT and DESCRIBE as Turtle (N-Quads never needed: the results are triples).
     */
    public void run(String sparql, Format format, OutputStream out) {
        requireNonNull(sparql, "sparql");
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        Query query = QueryFactory.create(sparql);
        Dataset ds = DatasetFactory.wrap(dataset);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    writeAsk(qe.execAsk(), format, out);
                } else {
                    RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
    }

    private static void writeSelect(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
        }
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetMgr.write(out, answer, ResultSetLang.RS_XML);
        }
    }
}
