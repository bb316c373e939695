package org.gazettekg.parse;

/**
 * A county-level name read at a position of a document's joined text.
 *
 * @param start    where it starts
 * @param entry    the written name and the units it may stand for
 * @param resolved the unit it stands for in the document's jurisdiction, or null
 */
record CountyToken(int start, DivisionNames.Entry entry, DivisionNames.Candidate resolved) {

    int end() {
        return start + entry.name().length();
    }

    String code() {
        return resolved == null ? null : resolved.code();
    }

    String rowName() {
        return resolved == null ? entry.name() : resolved.rowName();
    }
}
