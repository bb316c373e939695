package org.gazettekg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.gazettekg.store.GazetteStore;
import org.gazettekg.store.StoreAudit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code verify --db DIR}: can the store be trusted (after a crash, say)? SHACL, counts and integrity per source. */
@Command(name = "verify", description = "Check a database: SHACL conformance, counts and line ranges per source, the gazetteer.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ExistingDatabase database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoreAudit.GraphAudit> audits;
        try (GazetteStore store = database.open()) {
            audits = StoreAudit.audit(store);
        }
        out.printf("%-8s %9s %9s %9s %9s  %s%n", "status", "triples", "documents", "citations", "mentions", "graph");
        long bad = 0;
        for (StoreAudit.GraphAudit a : audits) {
            out.printf("%-8s %9d %9d %9d %9d  %s%n", a.ok() ? "ok" : "PROBLEM", a.triples(), a.documents(),
                    a.citations(), a.mentions(), a.graph());
            a.problems().forEach(p -> out.println("         - " + p));
            bad += a.ok() ? 0 : 1;
        }
        out.printf("%d graph(s), %d with problems%n", audits.size(), bad);
        out.flush();
        return bad == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
