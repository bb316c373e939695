package org.gazettekg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.gazettekg.query.QueryCatalog;
import org.gazettekg.query.QueryRunner;
import org.gazettekg.store.GazetteStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query --db DIR [--format F] QUERY}: runs a SPARQL query on the store. */
@Command(name = "query", description = "Run a SPARQL query (a .rq file, or the name of one in queries/) on the database.")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    ExistingDatabase database;

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE})")
    String format;

    @Parameters(index = "0", paramLabel = "QUERY", description = "a .rq file, or a query name such as documents or 01_documents_per_city_year")
    String query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt = QueryRunner.Format.of(format);
        QueryCatalog.NamedQuery q = QueryCatalog.resolve(query);
        try (GazetteStore store = database.open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store.dataset()).run(q.text(), fmt, out);
            spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
