package org.gazettekg.resolve;

/** How an issuer was decided, from the most to the least direct evidence. */
public enum Method {
    /** Evidence from the text itself: a heading with its 文号, a 《title》 with its 文号, a metadata block. */
    LEARNED,
    /** A row of the reference tables (provinces.tsv, city-codes.tsv, agency-codes.tsv), each with its source. */
    TABLE,
    /**
     * A rule over the gazetteer and the tables: a city's or county's first character or short name, or a
     * province's 简称, followed by a government form (政发, 府办 …) or a department key (民, 财 …).
     */
    DERIVED
}
