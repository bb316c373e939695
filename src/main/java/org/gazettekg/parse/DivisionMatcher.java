package org.gazettekg.parse;

import java.util.List;

/** Finds the administrative divisions a document names, and the changes it decrees on them. */
public final class DivisionMatcher {

    /**
     * The divisions named in lines {@code startLine}..{@code endLine} of {@code source}, the
     * document titled {@code title}.
     */
    public List<DivisionMention> find(SourceText source, int startLine, int endLine, String title) {
        return List.of();
    }
}
