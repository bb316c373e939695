package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heading printed above a 文号 line: issuer and title on one line separated by a space,
 * the issuer on its own line with the title one or two lines further down, a title wrapped over
 * several lines, Markdown heading marks of any depth, or a title with no issuer at all.
 */
final class HeadingReader {

    /** Most non-blank lines a title spans above its 文号; issuer lines above it are not counted. */
    static final int MAX_HEADING_LINES = 4;
    /** How the last line of a title wrapped after a 文种 word opens: …实施方案⏎的通知. */
    private static final String WRAP_OPENING = "的";
    /** Longest last line of such a title that need not open with 的: 实施方案的通知. */
    private static final int MAX_CLOSING_WRAP_LENGTH = 10;
    private static final Pattern TITLE_START = Pattern.compile("^(?:关于|印发|转发|批转)");
    private static final Pattern FORWARDING = Pattern.compile("^(?:转发|批转|印发)");
    /** The 版头 of a document: the issuing body's name followed by 文件. */
    private static final Pattern RED_HEAD = Pattern.compile("^(.+?)文件$");
    private static final String RED_HEAD_WORD = "文件";

    /**
     * A heading.
     *
     * @param startLine the 1-based first line (the issuer line when issuer and title are split)
     * @param endLine   its last line
     * @param issuers   the issuing bodies printed in it, in order (empty when none)
     * @param title     the title, issuer split off and wrap spaces removed
     */
    record Heading(int startLine, int endLine, List<String> issuers, String title) {
    }

    private HeadingReader() {
    }

    /** The heading that stands above the 文号 on line {@code numberLine}, if there is one. */
    static Optional<Heading> above(SourceText source, int numberLine, int firstLine) {
        IntFunction<String> plain = plainLines(source);
        int last = HeadingGaps.previousNonBlank(source, numberLine - 1, firstLine);
        return assemble(plain, last == 0 ? List.of() : headingLines(source, last, firstLine, plain));
    }

    /**
     * The heading whose last line is {@code line}, read as {@code lastText}: the line with the 文号
     * that closes it cut off (长治市人民政府关于…的通知（长政发〔2021〕3号）). It must end with a
     * 文种 and open with its issuer or 关于, as a heading does and running text that cites a
     * document in brackets does not.
     */
    static Optional<Heading> endingOn(SourceText source, int line, String lastText, int firstLine) {
        IntFunction<String> plain = n -> n == line ? lastText : TextLines.plain(source.line(n));
        if (!HeadingText.isHeadingText(lastText)) {
            return Optional.empty();
        }
        return assemble(plain, headingLines(source, line, firstLine, plain)).filter(HeadingReader::isTitled);
    }

    /** True when the heading names its issuer or its title opens as titles do (关于…), and ends with a 文种. */
    static boolean isTitled(Heading heading) {
        return DocumentKinds.of(heading.title()) != null
                && (!heading.issuers().isEmpty() || TITLE_START.matcher(heading.title()).find());
    }

    /**
     * The heading printed under the 文号 on line {@code numberLine}, as in the 版头 layout (red head
     * and 文号 first): it must name its issuer and end with a 文种; {@code startLine} is the first
     * line of the document's head (its red head, or the 文号 line).
     */
    static Optional<Heading> below(SourceText source, int numberLine, int startLine) {
        return assemble(plainLines(source), linesBelow(source, numberLine, true))
                .map(HeadingReader::withGluedIssuer)
                .filter(h -> !h.issuers().isEmpty() && DocumentKinds.of(h.title()) != null)
                .filter(h -> h.startLine() >= startLine);
    }

    /**
     * A title alone (关于…的指导意见) printed under a 文号 and right above an addressee line: the 公文 of a page that
     * prints neither red head nor issuer (穗府〔2011〕15号⏎关于…⏎各区、县级市人民政府：); its issuer is its code's.
     */
    static Optional<Heading> titleAboveAddressee(SourceText source, int numberLine, int startLine) {
        List<Integer> lines = new ArrayList<>();
        int n = HeadingGaps.nextNonBlank(source, numberLine + 1);
        while (n > 0 && lines.size() < MAX_HEADING_LINES && source.facts().is(LineFacts.Question.HEADING, n)
                && !source.facts().is(LineFacts.Question.ADDRESSEE, n)) {
            lines.add(n);
            n = HeadingGaps.nextNonBlank(source, n + 1);
        }
        if (n <= 0 || !source.facts().is(LineFacts.Question.ADDRESSEE, n)) {
            return Optional.empty();
        }
        return assemble(plainLines(source), lines)
                .filter(h -> h.issuers().isEmpty()).filter(HeadingReader::isTitled)
                .filter(h -> h.startLine() >= startLine);
    }

    /**
     * The heading lines under the 文号 on line {@code numberLine}, top first, down to the first that ends with a
     * 文种; past it when {@code closingWraps} and the next line ends a title wrapped after a 文种 word (…实施方案⏎的通知).
     */
    private static List<Integer> linesBelow(SourceText source, int numberLine, boolean closingWraps) {
        IntFunction<String> plain = plainLines(source);
        List<Integer> lines = new ArrayList<>();
        int n = HeadingGaps.nextNonBlank(source, numberLine + 1);
        while (n > 0 && lines.size() < MAX_HEADING_LINES && source.facts().is(LineFacts.Question.HEADING, n)) {
            lines.add(n);
            int next = HeadingGaps.nextNonBlank(source, n + 1);
            if (DocumentKinds.of(TextLines.squeeze(plain.apply(n))) != null
                    && !(closingWraps && next > 0 && isClosingWrap(plain.apply(next)))) {
                break;
            }
            n = next;
        }
        return lines;
    }

    /** The plain text of each line of {@code source}, by line number. */
    private static IntFunction<String> plainLines(SourceText source) {
        return n -> TextLines.plain(source.line(n));
    }

    /** A heading under its 文号 that glues its issuer to a title without 关于 (盐池县人民政府工作规则), issuer split off. */
    private static Heading withGluedIssuer(Heading h) {
        if (!h.issuers().isEmpty()) {
            return h;
        }
        Issuers.Split split = Issuers.splitLeadingBody(h.title());
        return split.issuers().isEmpty() ? h : new Heading(h.startLine(), h.endLine(), split.issuers(), split.rest());
    }

    /**
     * True when a line ends a title wrapped after a word that is itself a 文种 (…实施方案⏎的通知):
     * a short heading line, or one opening with 的, that ends with a 文种.
     */
    private static boolean isClosingWrap(String plain) {
        String text = TextLines.squeeze(plain);
        return HeadingText.isHeadingText(plain) && DocumentKinds.of(text) != null
                && (text.startsWith(WRAP_OPENING) || text.length() <= MAX_CLOSING_WRAP_LENGTH);
    }

    /**
     * The heading printed under the 文号 of a red head that names its issuer: a heading that names its
     * own issuer, or a title alone (关于…的通知) whose issuer is the red head's body.
     */
    static Optional<Heading> belowRedHead(SourceText source, int numberLine, int startLine, Heading redHead) {
        Optional<Heading> own = below(source, numberLine, startLine);
        if (own.isPresent()) {
            return own;
        }
        List<String> bodies = redHeadBodies(redHead);
        if (bodies.isEmpty()) {
            return Optional.empty();
        }
        return assemble(plainLines(source), linesBelow(source, numberLine, false))
                .filter(h -> h.issuers().isEmpty() && TITLE_START.matcher(h.title()).find() && DocumentKinds.of(h.title()) != null)
                .map(h -> new Heading(h.startLine(), h.endLine(), bodies, h.title()));
    }

    /** The bodies a red head names: 长治市人民政府 of 长治市人民政府文件, or of 新疆维吾尔自治区人民政府⏎文件. */
    private static List<String> redHeadBodies(Heading redHead) {
        if (!redHead.issuers().isEmpty()) {
            return redHead.issuers();
        }
        Matcher m = RED_HEAD.matcher(redHead.title());
        return m.matches() && Issuers.isBodyName(m.group(1)) ? List.of(m.group(1)) : List.of();
    }

    /** True when a heading read above a 文号 is only a red head (长治市人民政府文件), not a title. */
    static boolean isRedHead(Heading heading) {
        // split over two lines, the body above 文件: 新疆维吾尔自治区人民政府⏎文件
        if (!heading.issuers().isEmpty() && RED_HEAD_WORD.equals(heading.title())) {
            return true;
        }
        Matcher m = RED_HEAD.matcher(heading.title());
        return heading.issuers().isEmpty() && m.matches() && Issuers.isBodyName(m.group(1));
    }

    /** Issuers and title from the heading lines {@code lines} (top first). */
    private static Optional<Heading> assemble(IntFunction<String> plainText, List<Integer> lines) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        List<String> issuers = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        for (int n : lines) {
            String text = HeadingText.unwrapped(plainText.apply(n));
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
        return Optional.of(new Heading(lines.get(0), lines.get(lines.size() - 1), issuers, title.toString()));
    }

    /**
     * The line numbers of the heading, top first: walks up from its last line {@code last} while
     * lines read as heading text ({@code plainText} gives each line's text).
     */
    private static List<Integer> headingLines(SourceText source, int last, int firstLine, IntFunction<String> plainText) {
        List<Integer> found = new ArrayList<>();
        // Lines of a title wrapped across blank lines (double-spaced conversions) are kept only once
        // the walk reaches the title's opening (关于…) or its issuer: then they are committed.
        int committed = 0;
        int n = last;
        while (n >= firstLine) {
            String text = plainText.apply(n);
            // A title never ends with 、 but may end with a note on a line of its own: …办法⏎（试行）.
            boolean inner = HeadingText.isInnerHeadingText(text) && !(found.isEmpty() && text.endsWith(HeadingText.WRAP_COMMA));
            if (!HeadingText.isHeadingText(text) && !inner) {
                break;
            }
            boolean issuerOnly = Issuers.isIssuerLine(text);
            if (found.size() >= MAX_HEADING_LINES && !issuerOnly) {
                break;
            }
            if (!found.isEmpty() && startsHeading(plainText.apply(found.get(found.size() - 1))) && !issuerOnly
                    && !isForwardingOpening(text, plainText.apply(found.get(found.size() - 1)))) {
                break;
            }
            if (issuerOnly && found.isEmpty()) {
                break;
            }
            // Any blank line counts: a double-spaced file wraps titles across them, but so ends the previous text.
            boolean acrossBlank = !found.isEmpty() && found.get(found.size() - 1) - n > 1;
            boolean opening = issuerOnly || startsHeading(text);
            found.add(n);
            if (opening || !acrossBlank && committed == found.size() - 1) {
                committed = found.size();
            }
            if (issuerOnly) {
                addStackedIssuerLines(source, n, firstLine, found);
                committed = found.size();
                break;
            }
            if (startsWithIssuer(text)) {
                break;
            }
            n = HeadingGaps.previousNonBlank(source, n - 1, firstLine);
        }
        if (committed < found.size()) {
            found.subList(committed, found.size()).clear();
        }
        // A wrap line (…、 or a bracketed note) cannot open a heading.
        while (!found.isEmpty() && !HeadingText.isHeadingText(plainText.apply(found.get(found.size() - 1)))) {
            found.remove(found.size() - 1);
        }
        Collections.reverse(found);
        return found;
    }

    /** Joint issuers printed one per line, directly above each other, all belong to the heading. */
    private static void addStackedIssuerLines(SourceText source, int issuerLine, int firstLine, List<Integer> found) {
        for (int n = issuerLine - 1; n >= firstLine && found.size() < MAX_HEADING_LINES + 2; n--) {
            String text = TextLines.plain(source.line(n));
            if (text.isEmpty() || !HeadingText.isHeadingText(text) || !Issuers.isIssuerLine(text)) {
                return;
            }
            found.add(n);
        }
    }

    /**
     * True when {@code text} opens a forwarding title wrapped before its 关于 (转发省人社厅等部门⏎关于做好…的意见的通知):
     * a verb of forwarding, no 文种 of its own, above a line that opens with 关于.
     */
    private static boolean isForwardingOpening(String text, String below) {
        String t = TextLines.squeeze(text);
        return FORWARDING.matcher(t).lookingAt() && DocumentKinds.of(t) == null
                && TextLines.squeeze(below).startsWith("关于");
    }

    /** True when the line opens a title (关于…) or carries issuer and title: nothing but an issuer line goes above it. */
    private static boolean startsHeading(String text) {
        return TITLE_START.matcher(text).find() || startsWithIssuer(text);
    }

    private static boolean startsWithIssuer(String text) {
        Issuers.Split split = Issuers.split(text);
        return !split.issuers().isEmpty();
    }
}
