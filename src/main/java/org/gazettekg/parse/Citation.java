package org.gazettekg.parse;

/**
 * A reference from a document to another policy, as printed in its text.
 *
 * @param line       the 1-based line where the reference starts
 * @param printed    the reference as printed (joined where it was broken across lines)
 * @param number     the cited 文号, standard or order number in canonical form, or null
 * @param title      the cited title without 《》, or null for a bare number
 * @param issuer     the issuing body printed before the title (省民政厅 …), or null
 * @param relation   how the text relates to it
 */
public record Citation(int line, String printed, String number, String title, String issuer, Relation relation) {

    /** The relation a citing sentence states. */
    public enum Relation {
        /** A plain reference. */
        CITES,
        /** 根据 / 依据 / 按照: the cited policy is the legal basis. */
        BASED_ON,
        /** 废止: the citing document repeals it. */
        REPEALS,
        /** 修订 / 修改: the citing document revises it. */
        AMENDS
    }
}
