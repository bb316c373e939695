package org.gazettekg.parse;

/** Whether a character is of the Han script, answered for the common ideographs without a table search. */
final class Han {

    /** The first code point of the Han script (CJK radicals). */
    private static final int FIRST_HAN = 0x2E80;
    private static final int UNIFIED_FIRST = 0x4E00;
    private static final int UNIFIED_LAST = 0x9FFF;

    private Han() {
    }

    /** True when {@code codePoint} is of {@link Character.UnicodeScript#HAN}. */
    static boolean isHan(int codePoint) {
        if (codePoint < FIRST_HAN) {
            return false;
        }
        if (codePoint >= UNIFIED_FIRST && codePoint <= UNIFIED_LAST) {
            return true;
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
