package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the heading printed above a 文号 line: issuer and title on one line separated by a space,
 * the issuer on its own line with the title one or two lines further down, a title wrapped over
 * several lines, Markdown heading marks of any depth, or a title with no issuer at all.
 */
final class HeadingReader {

    /** Most non-blank lines a heading spans (issuer line plus a title wrapped three times). */
    static final int MAX_HEADING_LINES = 4;
    /** Most blank lines between two lines of one heading, or between the heading and its 文号. */
    static final int MAX_BLANK_GAP = 2;
    /** Longest heading line: longer lines are running text. */
    static final int MAX_HEADING_LINE_LENGTH = 120;

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;：:，,、！!？?]$");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}(?:\\.[0-9]+)*[、.．]"
            + "|第[一二三四五六七八九十百0-9]+[章节条]|附件|附表|[-*+•]\\s)");
    private static final Pattern PARENTHESISED = Pattern.compile("^[(（].*[)）]$");
    private static final Pattern TITLE_START = Pattern.compile("^(?:关于|印发|转发|批转)");
    private static final Pattern PAGE_LEADER = Pattern.compile("[.·…]{3,}\\s*\\d*$");

    /**
     * A heading.
     *
     * @param startLine the 1-based first line (the issuer line when issuer and title are split)
     * @param issuers   the issuing bodies printed in it, in order (empty when none)
     * @param title     the title, issuer split off and wrap spaces removed
     */
    record Heading(int startLine, List<String> issuers, String title) {
    }

    private HeadingReader() {
    }

    /** The heading that stands above the 文号 on line {@code numberLine}, if there is one. */
    static Optional<Heading> above(SourceText source, int numberLine, int firstLine) {
        List<Integer> lines = headingLines(source, numberLine, firstLine);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> issuers = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        for (int n : lines) {
            String text = TextLines.plain(source.line(n));
            if (title.isEmpty()) {
                Issuers.Split split = Issuers.split(text);
                issuers.addAll(split.issuers());
                text = split.rest();
            }
            title.append(TextLines.squeeze(text));
        }
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(lines.get(0), issuers, title.toString()));
    }

    /** The line numbers of the heading, top first: walks up from the 文号 while lines read as heading text. */
    private static List<Integer> headingLines(SourceText source, int numberLine, int firstLine) {
        List<Integer> found = new ArrayList<>();
        int n = previousNonBlank(source, numberLine - 1, firstLine);
        while (n >= firstLine && found.size() < MAX_HEADING_LINES) {
            String text = TextLines.plain(source.line(n));
            if (!isHeadingText(text)) {
                break;
            }
            boolean issuerOnly = Issuers.isIssuerLine(text);
            if (!found.isEmpty() && startsHeading(source, found.get(found.size() - 1)) && !issuerOnly) {
                break;
            }
            if (issuerOnly && found.isEmpty()) {
                break;
            }
            found.add(n);
            if (issuerOnly || startsWithIssuer(text)) {
                break;
            }
            n = previousNonBlank(source, n - 1, firstLine);
        }
        Collections.reverse(found);
        return found;
    }

    /** True when the line opens a title (关于…) or carries issuer and title: nothing but an issuer line goes above it. */
    private static boolean startsHeading(SourceText source, int n) {
        String text = TextLines.plain(source.line(n));
        return TITLE_START.matcher(text).find() || startsWithIssuer(text);
    }

    private static boolean startsWithIssuer(String text) {
        Issuers.Split split = Issuers.split(text);
        return !split.issuers().isEmpty();
    }

    /** The last non-blank line at or above {@code n} within {@link #MAX_BLANK_GAP} blank lines, or 0. */
    private static int previousNonBlank(SourceText source, int n, int firstLine) {
        int blanks = 0;
        for (int i = n; i >= firstLine; i--) {
            if (!source.line(i).isBlank()) {
                return i;
            }
            if (++blanks > MAX_BLANK_GAP) {
                return 0;
            }
        }
        return 0;
    }

    /** True when a line can be part of a heading: short, no sentence end, no list mark, table, date or page. */
    static boolean isHeadingText(String plain) {
        return !plain.isEmpty()
                && plain.length() <= MAX_HEADING_LINE_LENGTH
                && plain.indexOf('\t') < 0
                && plain.indexOf('|') < 0
                && !SENTENCE_END.matcher(plain).find()
                && !ENUMERATION.matcher(plain).find()
                && !PARENTHESISED.matcher(plain).matches()
                && !PAGE_LEADER.matcher(plain).find()
                && SignatureDate.parseLine(plain).isEmpty()
                && DocNumber.parse(plain).isEmpty();
    }
}
