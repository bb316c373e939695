package org.gazettekg.parse;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Small helpers on single lines of a PDF conversion: markup and whitespace removal, comparison keys. */
final class TextLines {

    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^\\s*(?:#{1,6}\\s*)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern DASHES = Pattern.compile("[—–－―‐-]+");

    private TextLines() {
    }

    /** The line without Markdown heading marks and bold marks, stripped. */
    static String plain(String line) {
        if (line.indexOf('#') < 0 && line.indexOf('*') < 0) {
            return line.strip();
        }
        String s = MARKDOWN_PREFIX.matcher(line).replaceFirst("");
        return BOLD.matcher(s).replaceAll("").strip();
    }

    /** True when the line carries a Markdown heading mark. */
    static boolean isMarkdownHeading(String line) {
        return line.stripLeading().startsWith("#");
    }

    /** The text with all whitespace (PDF wrap spaces included) removed. */
    static String squeeze(String text) {
        int first = 0;
        while (first < text.length() && !isSqueezed(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSqueezed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** ASCII whitespace ({@code \s}) and the ideographic space. */
    private static boolean isSqueezed(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
    }

    /** A key for comparing titles printed in different places: NFKC, no whitespace, one dash. */
    static String compareKey(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = squeeze(s);
        return DASHES.matcher(s).replaceAll("-");
    }
}
