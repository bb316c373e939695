package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a graph subset can be exported in, with their media types and file extensions. */
public enum ExportFormat {
    /** GraphML (yEd, Gephi, NetworkX, igraph). */
    GRAPHML("graphml", "application/graphml+xml", "graphml", false),
    /** GEXF 1.2 (Gephi). */
    GEXF("gexf", "application/gexf+xml", "gexf", false),
    /** Graphviz DOT. */
    DOT("dot", "text/vnd.graphviz", "dot", false),
    /** Cytoscape.js JSON: {@code elements} with {@code nodes} and {@code edges}, each with {@code data}. */
    CYTOSCAPE("cytoscape", "application/json", "cyjs", false),
    /** JSON-LD 1.1 of the subset's triples. */
    JSONLD("jsonld", "application/ld+json", "jsonld", true),
    /** Turtle of the subset's triples. */
    TURTLE("turtle", "text/turtle", "ttl", true),
    /** N-Quads of the subset's triples, each in the named graph of the source file it was read from. */
    NQUADS("nquads", "application/n-quads", "nq", true),
    /** An edge list: one CSV row per edge with its end points' labels and the edge's attributes. */
    CSV("csv", "text/csv", "csv", false);

    private final String id;
    private final String mediaType;
    private final String extension;
    private final boolean rdf;

    ExportFormat(String id, String mediaType, String extension, boolean rdf) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdf = rdf;
    }

    /** The name used on the command line and in the {@code format} request parameter. */
    public String id() {
        return id;
    }

    /** The media type of the HTTP response (UTF-8 where the type is textual). */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the format serialises the subset's triples rather than its node-and-edge view. */
    public boolean isRdf() {
        return rdf;
    }

    /**
     * The format called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException listing the known formats when there is none by that name
     */
    public static ExportFormat of(String name) {
        requireNonNull(name, "name");
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "' (one of " + names() + ")");
    }

    /** The format names, separated by {@code |}. */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining("|"));
    }
}
