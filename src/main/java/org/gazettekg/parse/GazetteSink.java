package org.gazettekg.parse;

/**
 * Receives what {@link GazetteParser} reads from one gazette file, in text order, like an
 * RDF4J {@code RDFHandler}. A sink sees {@link #start}, then any number of the other calls, then
 * {@link #end}; nothing after a parse error.
 */
public interface GazetteSink {

    /** The parse of {@code source} begins; {@code lineCount} lines will follow. */
    default void start(String source, int lineCount) {
    }

    /** The masthead, where the file prints one. */
    default void issue(IssueRecord issue) {
    }

    /** One table-of-contents entry; {@code announced} is the body document it announces, or null. */
    default void tocEntry(TocEntry entry, DocumentRecord announced) {
    }

    /** One document of the body. */
    default void document(DocumentRecord document) {
    }

    /** The parse is complete. */
    default void end() {
    }
}
