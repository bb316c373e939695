package org.gazettekg.resolve;

/** What an issuer or a level was decided from, from the most to the least direct evidence. */
public enum Basis {
    /** Printed in the document's heading in full. */
    PRINTED("printed"),
    /** Printed in the heading in a short form (市政府办公厅) and completed with the document's place. */
    PRINTED_SHORT("printed-short-form"),
    /** Printed in the covering signature. */
    SIGNATURE("signature"),
    /** Given by a web page's metadata block (发文机关). */
    METADATA("metadata"),
    /** The 文号's 机关代字, from evidence found in the text itself. */
    CODE_LEARNED("code-learned"),
    /** The 文号's 机关代字, from a row of the reference tables. */
    CODE_TABLE("code-table"),
    /** The 文号's 机关代字, from a rule over the gazetteer (a place's character + 政发 …). */
    CODE_DERIVED("code-derived"),
    /** The title's opening words (中华人民共和国…, 山西省人民政府关于…). */
    TITLE("title"),
    /** The body the citing sentence prints right before the title: 国务院《…》, 中办、国办《…》, 省政府办公厅《…》. */
    CITING_PHRASE("citing-phrase");

    private final String notation;

    Basis(String notation) {
        this.notation = notation;
    }

    /** The notation of its concept in the graph's issuer-basis scheme. */
    public String notation() {
        return notation;
    }

    /** The basis of an issuer resolved from a 机关代字 by {@code method}. */
    static Basis ofCode(Method method) {
        return switch (method) {
            case LEARNED -> CODE_LEARNED;
            case TABLE -> CODE_TABLE;
            case DERIVED -> CODE_DERIVED;
        };
    }
}
