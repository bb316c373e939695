package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.Citation.Relation;

/**
 * Finds the references a document makes to other policies: 《title》 with or without a 文号,
 * bare 文号, standard and order numbers.
 *
 * <p>The document's lines are joined into one stream first ({@link ReferenceText}), so that a
 * reference broken over lines reads whole. Titles are read first, each with the number printed
 * in brackets right after it; numbers not attached to a title are then read on their own. A
 * 《title》 is dropped when it is an alias, names the document's own enclosed text
 * ({@link CitationOwnTexts}) or names a certificate, form, register or working list
 * ({@link CitationRules}).
 */
public final class CitationExtractor {

    /** A 文号 in running text: 代字 (group 1), year in brackets (2), serial (3) before 号. */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1," + CitationExtractor.MAX_CODE_LENGTH + "})" + DocNumber.YEAR_AND_SERIAL);
    /** The longest 机关代字 a bare 文号 is read with. */
    static final int MAX_CODE_LENGTH = 14;
    /** Enumeration commas and conjunctions left at either end of an issuer run. */
    private static final Pattern LISTING_WORDS_AT_ENDS = Pattern.compile("^[、和及与]+|[、和及与]+$");
    /** Every bracket {@link DocNumber#OPEN_YEAR} allows. */
    private static final String YEAR_OPENINGS = "〔﹝[(（【［〖\u201E";

    /**
     * A 文号 that fills a bracket after a title: the bracket bounds it, so the 代字 may hold the
     * spaces of a wrapped table cell ((晋 财社〔2019〕1号)).
     */
    static final Pattern ATTACHED_DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z\\s]{0,16}?)" + DocNumber.YEAR_AND_SERIAL);

    /** A standard number: GB 3095-2012, GB/T 9704-2012, HJ633-2012, DB14/1929—2019. */
    static final Pattern STANDARD_NUMBER = Pattern.compile(
            "(?<![A-Za-z])[A-Z]{2,4}\\d{0,3}(?:/[A-Z]{1,2})?\\s*/?\\s*\\d{1,6}(?:\\.\\d{1,3})?\\s*[—–－―‐-]{1,2}\\s*(?:19|20)\\d{2}(?!\\d)");

    /** The character that makes a number an order's: 令. */
    static final char ORDER_MARK = '令';
    /** The longest issuer read before {@link #ORDER_MARK}. */
    static final int MAX_ORDER_ISSUER = 20;

    /** An order number: 国务院令第713号, 山西省人民政府令第262号 (issuer in group 1). */
    static final Pattern ORDER_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1," + CitationExtractor.MAX_ORDER_ISSUER + "})" + CitationExtractor.ORDER_MARK + "\\s*第\\s*[\\d一二三四五六七八九十百零〇]{1,8}\\s*号");

    /** Longest 《title》 accepted: an unclosed 《 must not swallow the rest of the document. */
    static final int MAX_TITLE_LENGTH = 150;

    /** Most characters between 》 and the bracket holding its number (《…》精神（…号）). */
    static final int MAX_WORDS_BEFORE_NUMBER = 4;

    /** Most characters looked at before 《 for the issuing body. */
    static final int MAX_ISSUER_LENGTH = 30;

    /** Lines at the top of a document that may hold its heading and its own 文号. */
    static final int HEADING_LINES = 6;

    /** Fewest characters of a 机关代字. */
    static final int MIN_CODE_LENGTH = 2;

    /** What ends a clause, the span searched for the relation's cue words (a tab or | ends a table cell). */
    static final String CLAUSE_ENDS = "。；;！!？?，,\t|";

    /** Text inside 《》 or brackets, which says nothing about the citing clause's relation. */
    static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("《[^》]*》|（[^）]*）|\\([^)]*\\)");

    private static final String OPEN_BRACKETS = "(（";
    private static final String CLOSE_BRACKETS = ")）";
    private static final char OPEN_TITLE = '《';
    private static final char CLOSE_TITLE = '》';

    private final AgencyCodes agencyCodes;

    /** An extractor that knows the built-in table of 机关代字. */
    public CitationExtractor() {
        this(AgencyCodes.standard());
    }

    /** An extractor that separates bare 文号 from the words before them with {@code agencyCodes}. */
    public CitationExtractor(AgencyCodes agencyCodes) {
        this.agencyCodes = requireNonNull(agencyCodes, "agencyCodes");
    }

    /**
     * The citations in lines {@code startLine}..{@code endLine} of {@code source}, the document
     * titled {@code title} with number {@code own} (null when none): its own enclosed texts are not
     * citations.
     */
    public List<Citation> extract(SourceText source, int startLine, int endLine, String title, DocNumber own) {
        requireNonNull(source, "source");
        ReferenceText text = ReferenceText.of(source, startLine, endLine);
        if (text.text().isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, CitationOwnTexts.of(title, text.lines()), own);
        readTitles(scan);
        readBareNumbers(scan);
        readBareStandardsAndOrders(scan);
        scan.found.sort(Comparator.comparingInt(Found::position));
        return scan.found.stream().map(Found::citation).toList();
    }

    /** The state of one document's scan. */
    private static final class Scan {
        final ReferenceText text;
        final String s;
        final CitationOwnTexts ownTexts;
        final String ownNumber;
        final List<int[]> consumed = new ArrayList<>();
        final Set<String> aliases = new HashSet<>();
        final List<Found> found = new ArrayList<>();

        Scan(ReferenceText text, CitationOwnTexts ownTexts, DocNumber own) {
            this.text = text;
            this.s = text.text();
            this.ownTexts = ownTexts;
            this.ownNumber = own == null ? null : own.canonical();
        }

        void consume(int from, int to) {
            consumed.add(new int[] {from, to});
        }

        boolean isConsumed(int from, int to) {
            return consumed.stream().anyMatch(c -> from < c[1] && c[0] < to);
        }

        void add(int position, Citation citation) {
            found.add(new Found(position, citation));
        }
    }

    private record Found(int position, Citation citation) {
    }

    /** A number found in the text: its span (closing bracket included) and the number to record. */
    private record NumberAt(int start, int end, String number) {
    }

    // ---- 《title》 -------------------------------------------------------------------------

    private void readTitles(Scan scan) {
        String s = scan.s;
        int open = s.indexOf(OPEN_TITLE);
        while (open >= 0) {
            int close = closingTitleBracket(s, open);
            if (close < 0) {
                open = s.indexOf(OPEN_TITLE, open + 1);
                continue;
            }
            readTitle(scan, open, close);
            open = s.indexOf(OPEN_TITLE, close + 1);
        }
    }

    private void readTitle(Scan scan, int open, int close) {
        String s = scan.s;
        String title = CitationRules.squeeze(s.substring(open + 1, close));
        scan.consume(open, close + 1);
        NumberAt number = attachedNumber(s, close + 1);
        int end = close + 1;
        if (number != null) {
            scan.consume(close + 1, number.end());
            end = number.end();
        }
        boolean otherDocument = number != null && !number.number().equals(scan.ownNumber)
                || isFormerVersion(s, open);
        if (title.isEmpty() || !isCitedTitle(scan, title, open, otherDocument)) {
            return;
        }
        String printed = s.substring(open, end).strip();
        scan.add(open, new Citation(scan.text.lineAt(open), printed, number == null ? null : number.number(),
                title, issuerBefore(s, open), relationAround(s, open, end)));
    }

    /**
     * The 》 that closes the 《 at {@code open}, read by depth: a title that prints another in 《》
     * (《国务院关于修改《全国年节及纪念日放假办法》的决定》) closes at its own 》, so it is cited whole. -1
     * when it does not close within {@link #MAX_TITLE_LENGTH}: the titles inside it are then read alone.
     */
    static int closingTitleBracket(String s, int open) {
        int limit = Math.min(s.length(), open + 1 + MAX_TITLE_LENGTH);
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = s.charAt(i);
            if (c == OPEN_TITLE) {
                depth++;
            } else if (c == CLOSE_TITLE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a 《title》 names another policy. {@code otherDocument} says the text already shows it
     * is not the document's own enclosure (it carries a 文号 of its own, or is the 原 former version).
     */
    private static boolean isCitedTitle(Scan scan, String title, int open, boolean otherDocument) {
        String key = CitationRules.comparable(title);
        if (isAliasDeclaration(scan.s, open)) {
            scan.aliases.add(key);
            return false;
        }
        return !CitationRules.isGenericAlias(title) && !scan.aliases.contains(key)
                && (otherDocument || !scan.ownTexts.isOwn(title)) && !CitationRules.isNonDocument(title);
    }

    private static boolean isFormerVersion(String s, int open) {
        return open > 0 && CitationRules.FORMER_VERSION.indexOf(s.charAt(open - 1)) >= 0;
    }

    private static boolean isAliasDeclaration(String s, int open) {
        String before = s.substring(Math.max(0, open - 8), open);
        return CitationRules.ALIAS_CUE.matcher(before).find();
    }

    // ---- numbers printed with a title ---------------------------------------------------

    /** The number in brackets right after 》 (or after a word or two such as 精神), or null. */
    private NumberAt attachedNumber(String s, int from) {
        int bracket = bracketAfter(s, from);
        if (bracket < 0) {
            return null;
        }
        int inside = skipSpaces(s, bracket + 1);
        NumberAt number = numberAt(s, inside);
        if (number == null) {
            return damagedNumberAt(s, inside);
        }
        int after = skipSpaces(s, number.end());
        int end = after < s.length() && CLOSE_BRACKETS.indexOf(s.charAt(after)) >= 0 ? after + 1 : number.end();
        return new NumberAt(number.start(), end, number.number());
    }

    /** A 文号 too damaged to read (国办发〔〕33号) that fills the bracket opened before {@code inside}: kept as printed. */
    private static NumberAt damagedNumberAt(String s, int inside) {
        int limit = Math.min(s.length(), inside + MAX_CODE_LENGTH + 16);
        for (int i = inside; i < limit; i++) {
            if (CLOSE_BRACKETS.indexOf(s.charAt(i)) >= 0) {
                String printed = CitationRules.squeeze(s.substring(inside, i));
                return DocNumber.isBroken(printed) ? new NumberAt(inside, i + 1, printed) : null;
            }
        }
        return null;
    }

    private static int bracketAfter(String s, int from) {
        int p = skipSpaces(s, from);
        int words = 0;
        while (p < s.length() && words < MAX_WORDS_BEFORE_NUMBER && isHan(s.charAt(p))) {
            p++;
            words++;
        }
        p = skipSpaces(s, p);
        if (p < s.length() && OPEN_BRACKETS.indexOf(s.charAt(p)) >= 0) {
            return p;
        }
        return -1;
    }

    /** A 文号, order number or standard number starting exactly at {@code at}, or null. */
    private static NumberAt numberAt(String s, int at) {
        Matcher doc = ATTACHED_DOC_NUMBER.matcher(s).region(at, s.length());
        if (doc.lookingAt()) {
            return new NumberAt(at, doc.end(), canonical(doc, CitationRules.squeeze(doc.group(1))));
        }
        Matcher order = ORDER_NUMBER.matcher(s).region(at, s.length());
        if (order.lookingAt()) {
            return new NumberAt(at, order.end(), order.group().strip());
        }
        Matcher standard = STANDARD_NUMBER.matcher(s).region(at, s.length());
        if (standard.lookingAt()) {
            return new NumberAt(at, standard.end(), standard.group().strip());
        }
        return null;
    }

    /** The brackets a 文号's year opens with: every bare 文号 holds one. */
    static boolean isYearOpening(int c) {
        return YEAR_OPENINGS.indexOf(c) >= 0;
    }

    /** A bare 文号 starts at most {@link #MAX_CODE_LENGTH} characters, and the spaces printed after them, before its bracket. */
    static int earliestDocNumberStart(String text, int bracket) {
        int start = bracket;
        while (start > 0 && DocNumber.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start - MAX_CODE_LENGTH;
    }

    private static String canonical(MatchResult doc, String code) {
        return new DocNumber(code, Integer.parseInt(doc.group(2)), doc.group(3), doc.group()).canonical();
    }

    // ---- bare numbers -------------------------------------------------------------------

    private void readBareNumbers(Scan scan) {
        for (MatchResult m : AnchoredMatches.find(DOC_NUMBER, scan.s, CitationExtractor::isYearOpening,
                CitationExtractor::earliestDocNumberStart)) {
            if (scan.isConsumed(m.start(), m.end())) {
                continue;
            }
            int codeStart = bareCodeStart(scan, m.start(1), m.end(1));
            String code = CitationRules.squeeze(scan.s.substring(codeStart, m.end(1)));
            String number = canonical(m, code);
            if (code.length() < MIN_CODE_LENGTH || number.equals(scan.ownNumber) || isHeadingNumber(scan, codeStart, m.end())) {
                continue;
            }
            scan.consume(codeStart, m.end());
            scan.add(codeStart, new Citation(scan.text.lineAt(codeStart), scan.s.substring(codeStart, m.end()).strip(),
                    number, null, null, relationAround(scan.s, codeStart, m.end())));
        }
    }

    /**
     * Whether the 文号 is the document's own, printed on a line of its own under the heading:
     * this holds even where the caller could not read the document's number.
     */
    private static boolean isHeadingNumber(Scan scan, int start, int end) {
        int index = scan.text.joinedLineIndexAt(start);
        return index < HEADING_LINES && index == scan.text.joinedLineIndexAt(end - 1)
                && CitationRules.squeeze(scan.text.lines().get(index))
                        .equals(CitationRules.squeeze(scan.s.substring(start, end)));
    }

    /**
     * Where the 机关代字 of a bare 文号 begins inside the run of characters before its year: after a
     * line break that leaves a whole code, after the words that introduce it (省政府, 按照 …), or
     * where a known 机关代字 begins.
     */
    private int bareCodeStart(Scan scan, int start, int end) {
        int lineStart = scan.text.lastLineStartWithin(start, end);
        if (lineStart > 0 && end - lineStart >= MIN_CODE_LENGTH) {
            start = lineStart;
        }
        Matcher lead = CitationRules.CODE_LEAD.matcher(scan.s).region(start, end);
        if (lead.lookingAt() && end - lead.end() >= MIN_CODE_LENGTH) {
            start = lead.end();
        }
        return knownCodeStart(scan.s.substring(start, end)) + start;
    }

    /**
     * Where a known 机关代字 begins in {@code run} when the run does not already start with one: only
     * after the issuer named in words (国家发展改革委发改能源…), so that a local code ending with a
     * national one (海发改办) is kept whole.
     */
    private int knownCodeStart(String run) {
        if (agencyCodes.lookup(run).isPresent()) {
            return 0;
        }
        for (int i = 1; i <= run.length() - MIN_CODE_LENGTH; i++) {
            String tail = run.substring(i);
            if (CitationRules.BODY_ENDING.matcher(run.substring(0, i)).find() && agencyCodes.lookup(tail).filter(a -> a.prefix().length() >= MIN_CODE_LENGTH).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    private void readBareStandardsAndOrders(Scan scan) {
        for (MatchResult standard : AnchoredMatches.find(STANDARD_NUMBER, scan.s, c -> c >= 'A' && c <= 'Z',
                (text, anchor) -> anchor)) {
            addBare(scan, standard.start(), standard.end());
        }
        for (MatchResult order : AnchoredMatches.find(ORDER_NUMBER, scan.s, c -> c == ORDER_MARK,
                (text, anchor) -> anchor - MAX_ORDER_ISSUER)) {
            int start = orderIssuerStart(scan.s, order.start(1), order.end(1));
            if (start >= 0) {
                addBare(scan, start, order.end());
            }
        }
    }

    private static int orderIssuerStart(String s, int start, int end) {
        Matcher lead = CitationRules.ISSUER_LEAD.matcher(s).region(start, end);
        int from = lead.lookingAt() ? lead.end() : start;
        return end - from >= MIN_CODE_LENGTH ? from : -1;
    }

    private static void addBare(Scan scan, int start, int end) {
        if (scan.isConsumed(start, end)) {
            return;
        }
        scan.consume(start, end);
        String printed = scan.s.substring(start, end).strip();
        scan.add(start, new Citation(scan.text.lineAt(start), printed, printed, null, null,
                relationAround(scan.s, start, end)));
    }

    // ---- issuer and relation ------------------------------------------------------------

    /** The issuing body printed right before 《 (省民政厅、财政厅《…》), or null. */
    static String issuerBefore(String s, int open) {
        int from = open;
        while (from > 0 && open - from < MAX_ISSUER_LENGTH && isIssuerChar(s.charAt(from - 1))) {
            from--;
        }
        String run = s.substring(from, open);
        Matcher lead = CitationRules.ISSUER_LEAD.matcher(run);
        if (lead.lookingAt()) {
            run = run.substring(lead.end());
        }
        run = LISTING_WORDS_AT_ENDS.matcher(run).replaceAll("");
        boolean body = run.length() > MIN_CODE_LENGTH && CitationRules.BODY_ENDING.matcher(run).find();
        return body && !CitationRules.PRONOUN_ISSUER.matcher(run).find() ? run : null;
    }

    private static boolean isIssuerChar(char c) {
        return isHan(c) || c == '、';
    }

    /** The relation the clause around {@code from}..{@code to} states. */
    static Relation relationAround(String s, int from, int to) {
        int start = from;
        while (start > 0 && CLAUSE_ENDS.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < s.length() && CLAUSE_ENDS.indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return CitationRules.relationIn(withoutQuotedTitles(s.substring(start, end)));
    }

    /**
     * {@code clause} without its 《titles》 (nested ones removed whole with the title that prints them)
     * and bracketed text: the words of a cited title say nothing about the citing clause.
     */
    static String withoutQuotedTitles(String clause) {
        StringBuilder out = new StringBuilder(clause.length());
        int i = 0;
        while (i < clause.length()) {
            int close = clause.charAt(i) == OPEN_TITLE ? closingTitleBracket(clause, i) : -1;
            if (close >= 0) {
                i = close + 1;
            } else {
                out.append(clause.charAt(i++));
            }
        }
        return QUOTED_OR_BRACKETED.matcher(out).replaceAll("");
    }

    private static int skipSpaces(String s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean isHan(char c) {
        return Han.isHan(c);
    }
}
