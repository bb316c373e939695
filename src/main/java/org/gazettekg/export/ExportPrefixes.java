package org.gazettekg.export;

import org.apache.jena.shared.PrefixMapping;
import org.gazettekg.graph.GKG;

/** The prefixes of exported Turtle and JSON-LD, and of relation and attribute names ({@code eli:cites} …). */
final class ExportPrefixes {

    /** The mapping (locked). */
    static final PrefixMapping MAPPING = GKG.PREFIXES;

    private ExportPrefixes() {
    }

    /** {@code eli:cites} for the IRI of eli:cites; an IRI in no known namespace stays whole. */
    static String relation(String iri) {
        String q = MAPPING.qnameFor(iri);
        return q != null ? q : iri;
    }

    /** An attribute name for a predicate: {@code eli_title}; in no known namespace, its local name. */
    static String attribute(String iri) {
        String q = MAPPING.qnameFor(iri);
        if (q != null) {
            return q.replace(':', '_');
        }
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
