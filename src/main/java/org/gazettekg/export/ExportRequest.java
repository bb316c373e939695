package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

/**
 * What to export: a named subset or a user's SPARQL query, in a format.
 *
 * @param subset the named subset, or null when {@code query} is given
 * @param query  the text of a SELECT ({@code ?source ?target [?label] [?weight]}) or CONSTRUCT
 *               query, or null when {@code subset} is given
 * @param format the output format
 * @param of     the focus of the {@code neighbourhood} subset: a 文号 (any printed form) or an IRI
 * @param depth  the depth of the {@code neighbourhood} subset, 0 to {@value #MAX_DEPTH}
 */
public record ExportRequest(Subset subset, String query, ExportFormat format, String of, int depth) {

    /** The default neighbourhood depth. */
    public static final int DEFAULT_DEPTH = 1;
    /** The largest neighbourhood depth: beyond it, hubs (a gazette, a body) pull in most of the graph. */
    public static final int MAX_DEPTH = 4;

    public ExportRequest {
        requireNonNull(format, "format");
        if ((subset == null) == (query == null)) {
            throw new IllegalArgumentException("give either a subset or a query, not both or neither");
        }
        if (subset == Subset.NEIGHBOURHOOD && (of == null || of.isBlank())) {
            throw new IllegalArgumentException("the neighbourhood subset needs the document it is about (--of 文号|IRI)");
        }
        if (depth < 0 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 0 and " + MAX_DEPTH + ": " + depth);
        }
    }

    /** A named subset in {@code format} (the neighbourhood subset needs {@link #neighbourhood}). */
    public static ExportRequest subset(Subset subset, ExportFormat format) {
        return new ExportRequest(requireNonNull(subset, "subset"), null, format, null, DEFAULT_DEPTH);
    }

    /** The neighbourhood of {@code of} to {@code depth}, in {@code format}. */
    public static ExportRequest neighbourhood(String of, int depth, ExportFormat format) {
        return new ExportRequest(Subset.NEIGHBOURHOOD, null, format, requireNonNull(of, "of"), depth);
    }

    /** The graph a user's SELECT or CONSTRUCT query gives, in {@code format}. */
    public static ExportRequest query(String sparql, ExportFormat format) {
        return new ExportRequest(null, requireNonNull(sparql, "sparql"), format, null, DEFAULT_DEPTH);
    }

    /** A short name for the exported graph (the subset's name, or {@code query}). */
    public String name() {
        return subset != null ? subset.id() : "query";
    }
}
