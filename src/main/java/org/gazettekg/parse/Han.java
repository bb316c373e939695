package org.gazettekg.parse;

/** Whether a character is of the Han script, answered for the common ideographs without a table search. */
final class Han {

    /** The first code point of the Han script (CJK radicals). */
    private static final int FIRST_HAN = 0x2E80;
    private static final int UNIFIED_FIRST = 0x4E00;
    private static final int UNIFIED_LAST = 0x9FFF;
    /**
     * {@link Character.UnicodeScript#of} of every character of the basic plane, built once: the script
     * lookup is a binary search, and some readers ask it of every character of a text.
     */
    private static final boolean[] SCRIPT_HAN = scriptTable();

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

    private static boolean[] scriptTable() {
        boolean[] han = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            han[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        return han;
    }

    /** Exactly {@code Character.UnicodeScript.of(c) == HAN} for {@code c} read as a code point (a lone surrogate is none). */
    static boolean isScriptHan(char c) {
        return SCRIPT_HAN[c];
    }

    /** The code points of {@code text} of the Han script, as {@link Character.UnicodeScript#of} says, a surrogate pair counted once. */
    static int count(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                int cp = text.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    count++;
                }
                i += Character.charCount(cp);
            } else {
                if (SCRIPT_HAN[c]) {
                    count++;
                }
                i++;
            }
        }
        return count;
    }
}
