package org.gazettekg.parse;

/**
 * One document's text as the division readers see it: the joined text, the names found in it, and
 * the jurisdiction it is read in.
 *
 * @param text  the document's lines joined without whitespace
 * @param index where each known name occurs in the text
 * @param scope the division code of the document's jurisdiction (2, 4 or 6 digits), or null
 */
record DivisionDoc(DivisionText text, DivisionNames.Index index, String scope) {
}
