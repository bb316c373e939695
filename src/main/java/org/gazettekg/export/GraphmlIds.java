package org.gazettekg.export;

import static java.util.Objects.requireNonNull;

/**
 * GraphML ids are {@code xs:NMTOKEN}s, which an IRI is not ({@code /}, {@code #}, {@code 〔} …).
 * This encodes an IRI reversibly as an NMTOKEN the way XML name encoders do: every character
 * outside ASCII letters and digits, {@code . - :} and the CJK unified ideographs becomes
 * {@code _xHHHH_} (its UTF-16 code units in hex). The exact IRI is kept in the {@code iri}
 * attribute as well.
 */
final class GraphmlIds {

    private static final char CJK_FIRST = '\u4E00';
    private static final char CJK_LAST = '\u9FA5';

    private GraphmlIds() {
    }

    static String encode(String id) {
        requireNonNull(id, "id");
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (char c : id.toCharArray()) {
            if (isPlain(c)) {
                out.append(c);
            } else {
                out.append("_x").append(String.format("%04X", (int) c)).append('_');
            }
        }
        return out.toString();
    }

    static String decode(String token) {
        requireNonNull(token, "token");
        StringBuilder out = new StringBuilder(token.length());
        int i = 0;
        while (i < token.length()) {
            if (token.startsWith("_x", i) && i + 7 <= token.length() && token.charAt(i + 6) == '_') {
                out.append((char) Integer.parseInt(token.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(token.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == ':' || (c >= CJK_FIRST && c <= CJK_LAST);
    }
}
