package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;

import org.apache.jena.sparql.core.DatasetGraph;

/** Exports a subset of the gazette graph, or the graph a query describes, for visualisation. */
public final class Exporter {

    private final GraphExtractor extractor;

    /** An exporter over {@code dataset}, whose default graph is the union of the source graphs. */
    public Exporter(DatasetGraph dataset) {
        this.extractor = new GraphExtractor(requireNonNull(dataset, "dataset"));
    }

    /** Extracts what {@code request} asks for and writes it to {@code out} (left open) in its format. */
    public ExportGraph export(ExportRequest request, OutputStream out) {
        requireNonNull(request, "request");
        requireNonNull(out, "out");
        ExportGraph graph = extractor.extract(request);
        GraphWriter.write(graph, request.format(), out);
        return graph;
    }
}
