package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * The lines of one document joined into one string with all whitespace removed, so that a name
 * broken across lines, or across a blank line, reads whole; each character remembers its line.
 */
final class DivisionText {

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    /** Whether each character up to {@link #IDEOGRAPHIC_SPACE} is whitespace or a space character. */
    private static final boolean[] SPACES = spaces();

    private final String text;
    private final int[] lineOf;

    private DivisionText(String text, int[] lineOf) {
        this.text = text;
        this.lineOf = lineOf;
    }

    /** Lines {@code startLine}..{@code endLine} (1-based, inclusive, clamped to the file) of {@code source}. */
    static DivisionText of(SourceText source, int startLine, int endLine) {
        requireNonNull(source, "source");
        int from = Math.max(1, startLine);
        int to = Math.min(source.lineCount(), endLine);
        StringBuilder sb = new StringBuilder();
        int[] lines = new int[16];
        for (int n = from; n <= to; n++) {
            String line = source.line(n);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (isSpace(c)) {
                    continue;
                }
                if (sb.length() == lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[sb.length()] = n;
                sb.append(c);
            }
        }
        return new DivisionText(sb.toString(), Arrays.copyOf(lines, sb.length()));
    }

    /** Whitespace or a space character; above U+3000 (the ideographic space) there is none, so Han text is decided at once. */
    private static boolean isSpace(char c) {
        return c <= IDEOGRAPHIC_SPACE && SPACES[c];
    }

    private static boolean[] spaces() {
        boolean[] spaces = new boolean[IDEOGRAPHIC_SPACE + 1];
        for (char c = 0; c <= IDEOGRAPHIC_SPACE; c++) {
            spaces[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        return spaces;
    }

    /** The joined text. */
    String text() {
        return text;
    }

    /** The 1-based source line of the character at {@code index}. */
    int lineAt(int index) {
        return lineOf[index];
    }

    /** Length of the joined text. */
    int length() {
        return text.length();
    }
}
