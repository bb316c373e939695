package org.gazettekg.parse;

/**
 * A unit name read in a change clause, at a position of the clause's sentence.
 *
 * @param start where it starts in the sentence
 * @param text  the name as written
 * @param kind  what kind of unit the name is read as
 */
record ClauseName(int start, String text, Kind kind) {

    /** What a name in a change clause stands for. */
    enum Kind {
        /** A county-level unit the gazetteer knows (上党区). */
        COUNTY,
        /** A county-level unit the gazetteer does not hold (武都县, 蝶山区): no code. */
        FORMER_COUNTY,
        /** A district whose stem is one character, named after its city (梧州市郊区). */
        GENERIC_DISTRICT,
        /** A province or prefecture-level city. */
        CITY,
        /** A prefecture (陇南地区), a league or an autonomous prefecture. */
        PREFECTURE,
        /** A township, town or street. */
        TOWNSHIP,
        /** A village or residents' committee written with its suffix (龙山里居委会). */
        VILLAGE
    }

    int end() {
        return start + text.length();
    }
}
