package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

/**
 * Reads the plain text of one gazette (a PDF conversion) and streams what it finds to a
 * {@link GazetteSink}: the masthead, the table of contents and every document of the body.
 * This is the parser's one public entry.
 */
public final class GazetteParser {

    private final AgencyCodes agencyCodes;
    private final CitationExtractor citations;
    private final DivisionMatcher divisions;

    /** A parser with the built-in tables. */
    public GazetteParser() {
        this(AgencyCodes.standard(), new CitationExtractor(), new DivisionMatcher());
    }

    public GazetteParser(AgencyCodes agencyCodes, CitationExtractor citations, DivisionMatcher divisions) {
        this.agencyCodes = requireNonNull(agencyCodes, "agencyCodes");
        this.citations = requireNonNull(citations, "citations");
        this.divisions = requireNonNull(divisions, "divisions");
    }

    /**
     * Parses {@code source} into {@code sink}.
     *
     * @throws GazetteParseException naming the file and line when the text is not a gazette
     */
    public void parse(SourceText source, GazetteSink sink) {
        requireNonNull(source, "source");
        requireNonNull(sink, "sink");
        throw new UnsupportedOperationException("not yet implemented");
    }
}
