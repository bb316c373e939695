package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one form in which titles are compared, everywhere: the parser's matching of a cited title
 * with a document's own, the key of a title-only policy's IRI and {@code gkg:normalisedTitle},
 * and the start of the law catalog's keys. Unicode NFKC (full-width letters and digits to their
 * plain forms), whitespace removed, dash runs to one {@code -}, 《》 and {@code <>} to 〈〉, and
 * quotation marks (“” "" ‘’ 「」) dropped, so that one title printed with different punctuation
 * or line breaks has one key.
 */
public final class TitleKey {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DASH_RUN = Pattern.compile("[—–－―‐-]+");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’「」『』]");

    /** The characters of {@link #WHITESPACE}, {@link #DASH_RUN} and {@link #QUOTES}. */
    private static final String WHITESPACE_CHARS = " \t\n\u000B\f\r";
    private static final String DASHES = "—–－―‐-";
    private static final String QUOTE_CHARS = "“”\"‘’「」『』";

    private TitleKey() {
    }

    private static boolean holdsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The key of {@code title}. */
    public static String of(String title) {
        requireNonNull(title, "title");
        String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
        // each expression runs only where the text holds a character it replaces: most titles hold none
        if (holdsAny(t, WHITESPACE_CHARS)) {
            t = WHITESPACE.matcher(t).replaceAll("");
        }
        if (holdsAny(t, DASHES)) {
            t = DASH_RUN.matcher(t).replaceAll("-");
        }
        if (holdsAny(t, QUOTE_CHARS)) {
            t = QUOTES.matcher(t).replaceAll("");
        }
        return t.replace('<', '〈').replace('>', '〉').replace('《', '〈').replace('》', '〉');
    }
}
