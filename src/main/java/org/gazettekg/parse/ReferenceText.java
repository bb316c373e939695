package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of one document joined into a single stream, so that a reference a PDF conversion
 * broke over several lines (even over blank lines) reads as one piece. Blank lines and table-of-
 * contents lines and page furniture are dropped; line breaks leave no character behind, because Chinese text wraps
 * mid-word. Each character remembers the line it came from.
 */
final class ReferenceText {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[—－–-]+\\s*\\d{1,4}\\s*[—－–-]+");
    /** A TOC line: a title followed by a dot leader and a page number. */
    private static final Pattern TOC_LINE = Pattern.compile(".*(?:\\.{3,}|…{2,}|·{3,})\\s*\\d{1,4}\\s*$");

    /** Most lines between a TOC title and its page line (a blank line may stand between them). */
    private static final int TOC_TITLE_DISTANCE = 2;

    /** Punctuation that marks running text, which is never a TOC title. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;]");

    private final String text;
    private final int[] lineOf;
    private final boolean[] startsLine;
    private final List<String> lines;
    private final int[] lineStarts;

    private ReferenceText(String text, int[] lineOf, boolean[] startsLine, List<String> lines, int[] lineStarts) {
        this.text = text;
        this.lineOf = lineOf;
        this.startsLine = startsLine;
        this.lines = lines;
        this.lineStarts = lineStarts;
    }

    /** Joins lines {@code startLine}..{@code endLine} (1-based, inclusive) of {@code source}. */
    static ReferenceText of(SourceText source, int startLine, int endLine) {
        requireNonNull(source, "source");
        List<Integer> keptNumbers = keptLines(source, Math.max(1, startLine), Math.min(source.lineCount(), endLine));
        StringBuilder text = new StringBuilder();
        int[] lineStarts = new int[keptNumbers.size()];
        List<String> kept = new ArrayList<>(keptNumbers.size());
        for (int k = 0; k < keptNumbers.size(); k++) {
            String line = source.line(keptNumbers.get(k));
            kept.add(line);
            lineStarts[k] = text.length();
            text.append(line);
        }
        int[] lineOf = new int[text.length()];
        boolean[] startsLine = new boolean[text.length() + 1];
        for (int k = 0; k < lineStarts.length; k++) {
            int end = k + 1 < lineStarts.length ? lineStarts[k + 1] : text.length();
            Arrays.fill(lineOf, lineStarts[k], end, keptNumbers.get(k));
            startsLine[lineStarts[k]] = true;
        }
        return new ReferenceText(text.toString(), lineOf, startsLine, List.copyOf(kept), lineStarts);
    }

    /**
     * The numbers of the lines that carry text: not blank, not a TOC line, and not the title a TOC
     * line gives the page of (the title stands on the line above its 文号 and page number).
     */
    private static List<Integer> keptLines(SourceText source, int from, int to) {
        List<Integer> kept = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            String line = source.line(n);
            if (line.isBlank() || source.facts().is(LineFacts.Question.FURNITURE, n) || isPageNumber(line)) {
                continue;
            }
            if (source.facts().is(LineFacts.Question.TOC, n)) {
                dropTocTitle(source, kept, n);
                continue;
            }
            kept.add(n);
        }
        return kept;
    }

    private static void dropTocTitle(SourceText source, List<Integer> kept, int tocLine) {
        if (kept.isEmpty()) {
            return;
        }
        int last = kept.get(kept.size() - 1);
        if (tocLine - last <= TOC_TITLE_DISTANCE && !SENTENCE_PUNCTUATION.matcher(source.line(last)).find()) {
            kept.remove(kept.size() - 1);
        }
    }

    /** A PDF page's printed number between dashes (— 2 —, －12－): it may fall inside a title broken over pages. */
    static boolean isPageNumber(String line) {
        String t = line.strip();
        return t.length() >= 3 && isDash(t.charAt(0)) && isDash(t.charAt(t.length() - 1)) && PAGE_NUMBER.matcher(t).matches();
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '－' || c == '-' || c == '–';
    }

    static boolean isTocLine(String line) {
        int last = line.length() - 1;
        while (last >= 0 && isRegexSpace(line.charAt(last))) {
            last--;
        }
        // a cheap test first: a TOC line ends with its page number
        return last >= 0 && line.charAt(last) >= '0' && line.charAt(last) <= '9' && TOC_LINE.matcher(line).matches();
    }

    /** True for a character {@code \\s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The joined text. */
    String text() {
        return text;
    }

    /** The 1-based source line of the character at {@code pos}. */
    int lineAt(int pos) {
        return lineOf[Math.min(Math.max(pos, 0), lineOf.length - 1)];
    }

    /** Whether the character at {@code pos} begins a source line. */
    boolean startsLine(int pos) {
        return pos >= 0 && pos < startsLine.length && startsLine[pos];
    }

    /** The last position in [{@code from}, {@code to}) where a source line begins, or -1. */
    int lastLineStartWithin(int from, int to) {
        for (int p = to - 1; p > from; p--) {
            if (startsLine(p)) {
                return p;
            }
        }
        return -1;
    }

    /** The 0-based index, among the joined lines, of the line holding the character at {@code pos}. */
    int joinedLineIndexAt(int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return i >= 0 ? i : -i - 2;
    }

    /** The non-blank, non-TOC lines that were joined, in order. */
    List<String> lines() {
        return lines;
    }
}
