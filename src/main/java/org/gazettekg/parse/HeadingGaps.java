package org.gazettekg.parse;

/**
 * Steps from line to line of a heading across the blank lines a conversion spaced it with and the
 * page headers or footers printed across it, as far as a heading may stretch.
 */
final class HeadingGaps {

    /**
     * Most blank lines between two lines of one heading, or between the heading and its 文号, in a
     * single- or double-spaced conversion; a file that spaces its lines wider is allowed as many times more.
     */
    static final int MAX_BLANK_GAP = 2;

    private HeadingGaps() {
    }

    /**
     * The last non-blank line at or above {@code n}, and at or below {@code firstLine}, within
     * {@link #MAX_BLANK_GAP} blank lines, or 0; a page header or footer between is passed over.
     */
    static int previousNonBlank(SourceText source, int n, int firstLine) {
        return nonBlank(source, n, firstLine, -1);
    }

    /** The first non-blank line at or below {@code n} within {@link #MAX_BLANK_GAP} blank lines, or 0; page heads passed over. */
    static int nextNonBlank(SourceText source, int n) {
        return nonBlank(source, n, source.lineCount(), 1);
    }

    /** The first non-blank line from {@code n} towards {@code end} (inclusive), one {@code step} at a time. */
    private static int nonBlank(SourceText source, int n, int end, int step) {
        int blanks = 0;
        int maxGap = MAX_BLANK_GAP * Math.max(1, source.typicalBlankRun());
        for (int i = n; step < 0 ? i >= end : i <= end; i += step) {
            if (HeadingText.isRunningHead(TextLines.plain(source.line(i)))) {
                blanks = 0;
                continue;
            }
            if (!source.line(i).isBlank()) {
                return i;
            }
            if (++blanks > maxGap) {
                return 0;
            }
        }
        return 0;
    }
}
