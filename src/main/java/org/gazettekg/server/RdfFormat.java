package org.gazettekg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a resource or a description is served in, and content negotiation among them:
 * each media range of the {@code Accept} header weighs the formats it matches by its q-value
 * (the most specific range decides); the heaviest wins, ties going to the order of
 * {@link #values()} (Turtle first), so {@code *}{@code /*} or no header at all gives Turtle.
 */
enum RdfFormat {
    /** Turtle. */
    TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    /** JSON-LD. */
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD11_PRETTY, Lang.JSONLD),
    /** N-Triples. */
    NTRIPLES("nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8, Lang.NTRIPLES),
    /** RDF/XML. */
    RDFXML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN, Lang.RDFXML),
    /** A page for people. */
    HTML("html", "text/html", null, null);

    private final String name;
    private final String mediaType;
    private final RDFFormat format;
    private final Lang lang;

    RdfFormat(String name, String mediaType, RDFFormat format, Lang lang) {
        this.name = name;
        this.mediaType = mediaType;
        this.format = format;
        this.lang = lang;
    }

    /** The value of {@code ?format=}. */
    String parameter() {
        return name;
    }

    /** The media type. */
    String mediaType() {
        return mediaType;
    }

    /** Jena's writer format, for the RDF formats. */
    RDFFormat writerFormat() {
        return format;
    }

    /** Jena's language, for the RDF formats. */
    Lang lang() {
        return lang;
    }

    /** Whether this is an RDF syntax (not the HTML page). */
    boolean isRdf() {
        return format != null;
    }

    /** The format named by {@code ?format=} (its short name or media type). */
    static Optional<RdfFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.name.equals(n) || f.mediaType.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The best of {@code offered} for {@code accept} (null or blank: anything), or empty when none is acceptable. */
    static Optional<RdfFormat> negotiate(String accept, List<RdfFormat> offered) {
        List<Range> ranges = parse(accept == null || accept.isBlank() ? "*/*" : accept);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat f : offered) {
            double q = quality(f, ranges);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(RdfFormat f, List<Range> ranges) {
        int specificity = -1;
        double q = 0;
        for (Range r : ranges) {
            int s = r.matches(f.mediaType) ? r.specificity() : -1;
            if (f == HTML && r.type.equals("application/xhtml+xml")) {
                s = 2;
            }
            if (s > specificity) {
                specificity = s;
                q = r.q;
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(type, q));
        }
        return out;
    }

    /** One media range of an Accept header. */
    private record Range(String type, double q) {
        boolean matches(String mediaType) {
            return type.equals("*/*") || type.equals(mediaType)
                    || type.endsWith("/*") && mediaType.startsWith(type.substring(0, type.length() - 1));
        }

        int specificity() {
            return type.equals("*/*") ? 0 : type.endsWith("/*") ? 1 : 2;
        }
    }
}
