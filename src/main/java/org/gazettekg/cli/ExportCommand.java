package org.gazettekg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gazettekg.export.ExportFormat;
import org.gazettekg.export.ExportGraph;
import org.gazettekg.export.ExportRequest;
import org.gazettekg.export.Exporter;
import org.gazettekg.export.Subset;
import org.gazettekg.store.GazetteStore;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export --db DIR (--subset NAME | --query FILE.rq) --format F [--out FILE]}: a graph subset for visualisation. */
@Command(name = "export", description = "Export a subset of the graph (or the graph a SELECT ?source ?target [?label] [?weight] "
        + "or CONSTRUCT query describes) for Gephi, Cytoscape, yEd, NetworkX … or as RDF.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ExistingDatabase database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    /** Exactly one of a named subset or a query file. */
    static final class What {
        @Option(names = "--subset", paramLabel = "NAME", description = "citations, cities, division-changes or neighbourhood")
        String subset;

        @Option(names = "--query", paramLabel = "FILE.rq", description = "a SELECT (?source ?target [?label] [?weight]) or CONSTRUCT query")
        Path query;
    }

    @Option(names = "--format", defaultValue = "graphml",
            description = "graphml, gexf, dot, cytoscape, jsonld, turtle, nquads or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--of", paramLabel = "文号|IRI", description = "the document whose neighbourhood to export (subset neighbourhood)")
    String of;

    @Option(names = "--depth", defaultValue = "" + ExportRequest.DEFAULT_DEPTH,
            description = "neighbourhood depth, 0 to " + ExportRequest.MAX_DEPTH + " (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportRequest request = new ExportRequest(what.subset != null ? Subset.of(what.subset) : null,
                what.query != null ? readQuery(what.query) : null, ExportFormat.of(format), of, depth);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportGraph graph;
        try (GazetteStore store = database.open()) {
            graph = new Exporter(store.dataset()).export(request, bytes);
        }
        if (out != null) {
            try (OutputStream file = Files.newOutputStream(out)) {
                bytes.writeTo(file);
            }
            spec.commandLine().getErr().printf("%s: %d nodes, %d edges → %s%n", request.name(), graph.nodes().size(),
                    graph.edges().size(), out);
            spec.commandLine().getErr().flush();
        } else {
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    private static String readQuery(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
    }
}
