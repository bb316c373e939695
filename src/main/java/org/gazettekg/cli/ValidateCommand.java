package org.gazettekg.cli;

import org.gazettekg.graph.GazetteShapes;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.lib.ShLib;
import org.gazettekg.store.GazetteStore;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate --db DIR}: checks every source graph against the SHACL shapes. */
@Command(name = "validate", description = "Validate every source graph of the database against ontology/shapes.ttl.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ExistingDatabase database;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int failing = 0;
        int graphs = 0;
        try (GazetteStore store = database.open()) {
            for (GazetteStore.ValidationOutcome o : store.validate()) {
                graphs++;
                boolean ok = GazetteShapes.violations(o.report()).isEmpty();
                out.printf("%s %s (%d triples)%n", ok ? "conforms " : "VIOLATES ", o.graph(), o.triples());
                GazetteShapes.warnings(o.report()).forEach(w -> out.printf("  warning: %s%n", GazetteShapes.describe(w)));
                if (!ok) {
                    failing++;
                    out.flush();
                    ShLib.printReport(System.out, o.report());
                }
            }
        }
        out.printf("%d graph(s), %d violating%n", graphs, failing);
        out.flush();
        return failing == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
