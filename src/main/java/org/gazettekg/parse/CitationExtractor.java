package org.gazettekg.parse;

import java.util.List;

/**
 * Finds the references a document makes to other policies: 《title》 with or without a 文号,
 * bare 文号, standard and order numbers.
 */
public final class CitationExtractor {

    /**
     * The citations in lines {@code startLine}..{@code endLine} of {@code source}, the document
     * titled {@code title} with number {@code own} (null when none): its own enclosed texts are not
     * citations.
     */
    public List<Citation> extract(SourceText source, int startLine, int endLine, String title, DocNumber own) {
        return List.of();
    }
}
