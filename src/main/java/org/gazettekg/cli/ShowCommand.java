package org.gazettekg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.gazettekg.query.DocumentLookup;
import org.gazettekg.store.GazetteStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show --db DIR 文号}: a document's metadata and its source lines, to check facts against the text. */
@Command(name = "show", description = "Print a document's metadata and its numbered source lines.")
final class ShowCommand implements Callable<Integer> {

    @Mixin
    ExistingDatabase database;

    @Parameters(index = "0", paramLabel = "文号", description = "the document number, in any printed form (长政办发[2020]10号 …)")
    String number;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DocumentLookup.DocumentView> docs;
        try (GazetteStore store = database.open()) {
            docs = new DocumentLookup(store.dataset()).byNumber(number);
        }
        if (docs.isEmpty()) {
            spec.commandLine().getErr().println("no document with 文号 " + number + " in " + database);
            return ExitCodes.FAILURE;
        }
        for (DocumentLookup.DocumentView d : docs) {
            out.printf("文号     %s%n标题     %s%n发文机关 %s%n文种     %s%n成文日期 %s%n来源     %s, lines %d-%d%nIRI      %s%n%n",
                    d.number(), d.title(), d.issuers(), d.kind(), d.date(), d.source(), d.startLine(), d.endLine(), d.iri());
            int n = d.startLine();
            for (String line : d.text().split("\n", -1)) {
                out.printf("%6d  %s%n", n++, line);
            }
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
