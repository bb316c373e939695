package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain text of one gazette (a PDF conversion) and streams what it finds to a
 * {@link GazetteSink}: the masthead, the table of contents and every document of the body.
 * This is the parser's one public entry.
 *
 * <p>A document is a heading followed, after blank lines, by a line that holds nothing but its
 * 文号 (or, in the 版头 layout, a 文号 line, optionally under a red head such as 长治市人民政府文件,
 * followed by a heading that names its issuer); it runs to the line before the next document. Enclosed plans, attachments and
 * tables have no 文号 line of their own and so stay inside their covering document. The sink sees
 * {@code start}, {@code issue} (only where a masthead is printed), each {@code document} in text
 * order, then each {@code tocEntry} (after the documents, which they link to), then {@code end}.
 * A file with text but no document is not an error: the sink then sees no {@code document}.
 */
public final class GazetteParser {

    /** A line that opens a section which holds no 公文: 晋城市人民政府11月大事记, 人事任免, 政务动态. */
    private static final Pattern SECTION_BREAK = Pattern.compile("^[\\p{IsHan}0-9]{0,20}(?:大事记|人事任免|政务动态)$"
            // the interpretation printed after a document: 《…办法》政策解读, 关于《…》的解读, 【政策解读】
            + "|^.{0,100}》(?:的)?(?:政策)?解读$|^【?(?:政策解读|文件解读)】?$");
    /** A line that holds only a page number, possibly after a dot leader: a TOC line, not body text. */
    private static final Pattern PAGE_ONLY = Pattern.compile("^[.·…\\s]*\\d{1,4}$");
    /** The gazette motto at the end of an issue: a few lines of a few characters each. */
    private static final Pattern MOTTO_LINE = Pattern.compile("^\\p{IsHan}{2,8}$");
    private static final int MIN_MOTTO_LINES = 3;
    /** The 签发人 note some 文号 lines carry (上行文): not part of the number. */
    /** A 文号 in brackets at the end of a line: （长政发〔2021〕3号）. */
    private static final Pattern BRACKETED_NUMBER_AT_END = Pattern.compile("[(（]([^()（）]{2,40})[)）]$");
    /** Words a sentence opens with and the name of a body or a title never does: 根据, 按照, 为, 现将 … */
    private static final Pattern PROSE_OPENING = Pattern.compile(
            "(?:根据|按照|依据|依照|参照|遵照|结合|贯彻|落实|执行|为了|为|对|经|将|把|在|由|从|向|与|现|请|特|并|但|如)");
    /** How the 机关代字 table separates joint bodies: 中共山西省委 山西省人民政府. */
    private static final Pattern JOINT_BODIES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:发文字号|文号)\\s*[:：]\\s*");
    private static final Pattern SIGNER_NOTE = Pattern.compile("\\s*签发人\\s*[:：].*$");

    private final AgencyCodes agencyCodes;
    private final CitationExtractor citations;
    private final DivisionMatcher divisions;

    /** A parser with the built-in tables. */
    public GazetteParser() {
        this(AgencyCodes.standard(), new CitationExtractor(), new DivisionMatcher());
    }

    /** A parser with the given 机关代字 table, citation extractor and division matcher. */
    public GazetteParser(AgencyCodes agencyCodes, CitationExtractor citations, DivisionMatcher divisions) {
        this.agencyCodes = requireNonNull(agencyCodes, "agencyCodes");
        this.citations = requireNonNull(citations, "citations");
        this.divisions = requireNonNull(divisions, "divisions");
    }

    /**
     * Parses {@code source} into {@code sink}.
     *
     * @throws GazetteParseException naming the file and line when a document cannot be read
     */
    public void parse(SourceText source, GazetteSink sink) {
        requireNonNull(source, "source");
        requireNonNull(sink, "sink");
        sink.start(source.name(), source.lineCount());
        List<Located> located = locateDocuments(source);
        int frontEnd = located.isEmpty() ? source.lineCount() : located.get(0).heading().startLine() - 1;
        Masthead.read(source, frontEnd).ifPresent(sink::issue);
        List<DocumentRecord> documents = new ArrayList<>();
        int bodyEnd = bodyEnd(source);
        for (int i = 0; i < located.size(); i++) {
            int limit = i + 1 < located.size() ? located.get(i + 1).heading().startLine() - 1 : bodyEnd;
            DocumentRecord document = document(source, located.get(i), limit);
            documents.add(document);
            sink.document(document);
        }
        emitToc(source, frontEnd, documents, sink);
        sink.end();
    }

    /** A heading found with its 文号 line; {@code bracketed} when the 文号 is printed in brackets. */
    record Located(HeadingReader.Heading heading, int numberLine, DocNumber number, boolean bracketed) {
    }

    /** Every heading that stands above a line holding nothing but a 文号, in text order. */
    static List<Located> locateDocuments(SourceText source) {
        List<Located> found = new ArrayList<>();
        int floor = 1;
        for (int n = 1; n <= source.lineCount(); n++) {
            if (isTocLine(source, n)) {
                continue;
            }
            String plain = numberLabel(SIGNER_NOTE.matcher(TextLines.plain(source.line(n))).replaceFirst(""));
            Optional<Located> located = numberLineDocument(source, n, plain, floor);
            if (located.isEmpty()) {
                located = bracketedNumberDocument(source, n, plain, floor);
            }
            if (located.isPresent()) {
                found.add(located.get());
                floor = n + 1;
            }
        }
        return withoutUnprintedAnnouncements(source, found);
    }

    /** The line without a 文号: or 发文字号: label before the number, as web-derived texts print it. */
    private static String numberLabel(String plain) {
        return NUMBER_LABEL.matcher(plain).replaceFirst("");
    }

    /** A document whose 文号 fills line {@code n}: its heading above, or below it in the 版头 layout. */
    private static Optional<Located> numberLineDocument(SourceText source, int n, String plain, int floor) {
        Optional<DocNumber> number = DocNumber.parse(plain);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        Optional<HeadingReader.Heading> heading = HeadingReader.above(source, n, floor);
        if (heading.isEmpty() || HeadingReader.isRedHead(heading.get())) {
            int start = heading.map(HeadingReader.Heading::startLine).orElse(n);
            heading = HeadingReader.below(source, n, start);
        }
        return heading.map(h -> new Located(h, n, number.get(), false));
    }

    /**
     * A document whose 文号 is printed in brackets: alone on line {@code n} under the heading
     * (（长政发〔2021〕3号）), or closing the heading's last line. Running text cites documents the same
     * way, so the heading must read as one: issuer or 关于 first, a 文种 last.
     */
    private static Optional<Located> bracketedNumberDocument(SourceText source, int n, String plain, int floor) {
        Matcher m = BRACKETED_NUMBER_AT_END.matcher(plain);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<DocNumber> number = DocNumber.parse(m.group(1));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String before = plain.substring(0, m.start()).strip();
        Optional<HeadingReader.Heading> heading = before.isEmpty()
                ? HeadingReader.above(source, n, floor).filter(h -> DocumentKinds.of(h.title()) != null)
                : HeadingReader.endingOn(source, n, before, floor);
        return heading.filter(h -> !opensLikeProse(h)).map(h -> new Located(h, n, number.get(), true));
    }

    /** True when the heading's first words are those of a sentence (根据省政府关于…的通知), not of a name. */
    private static boolean opensLikeProse(HeadingReader.Heading heading) {
        String first = heading.issuers().isEmpty() ? heading.title() : heading.issuers().get(0);
        return PROSE_OPENING.matcher(first).lookingAt();
    }

    /**
     * Drops the entries of a table of contents printed without page numbers: a heading whose 文号
     * heads another document further on when it is in brackets or has no body before the next
     * heading, and a bracketed-number heading with no body (an entry whose document is not printed).
     */
    private static List<Located> withoutUnprintedAnnouncements(SourceText source, List<Located> found) {
        List<Located> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Located here = found.get(i);
            boolean printedLater = found.subList(i + 1, found.size()).stream()
                    .anyMatch(later -> later.number().canonical().equals(here.number().canonical()));
            boolean bodiless = isBodiless(source, found, i);
            // The last of a list of titles with bracketed numbers (目录, 废止文件目录) has text after it.
            boolean endsAList = i > 0 && isOneLineEntry(here) && isOneLineEntry(found.get(i - 1))
                    && isBodiless(source, found, i - 1);
            boolean announcement = printedLater && (here.bracketed() || bodiless) || here.bracketed() && (bodiless || endsAList);
            if (!announcement) {
                kept.add(here);
            }
        }
        return kept;
    }

    /** True when title and bracketed 文号 share one line, as in a list of documents. */
    private static boolean isOneLineEntry(Located located) {
        return located.bracketed() && located.heading().startLine() == located.numberLine();
    }

    /** True when nothing but blank lines stands between document {@code i}'s 文号 and the next heading. */
    private static boolean isBodiless(SourceText source, List<Located> found, int i) {
        Located here = found.get(i);
        return i + 1 < found.size()
                && lastNonBlank(source, here.numberLine(), found.get(i + 1).heading().startLine() - 1) == here.numberLine();
    }

    /** True when the 文号 on line {@code n} is followed by a page number: it is printed in a TOC. */
    private static boolean isTocLine(SourceText source, int n) {
        for (int i = n + 1; i <= source.lineCount(); i++) {
            String text = source.line(i).strip();
            if (!text.isEmpty()) {
                return PAGE_ONLY.matcher(text).matches();
            }
        }
        return false;
    }

    private DocumentRecord document(SourceText source, Located located, int limit) {
        HeadingReader.Heading heading = located.heading();
        int start = heading.startLine();
        int end = lastNonBlank(source, start, sectionBreakBefore(source, located.numberLine(), limit));
        String title = heading.title();
        List<String> issuers = heading.issuers().isEmpty() ? issuersFromCode(located.number()) : heading.issuers();
        LocalDate date = SignatureDate.find(source, located.numberLine() + 1, end).orElse(null);
        List<Citation> cited;
        List<DivisionMention> named;
        List<DivisionChange> changed;
        try {
            cited = citations.extract(source, start, end, title, located.number());
            DivisionMatcher.Reading reading = divisions.read(source, start, end, title,
                    DivisionScope.of(divisions.gazetteer(), null, issuers, title));
            named = reading.mentions();
            changed = reading.changes();
        } catch (RuntimeException e) {
            throw new GazetteParseException(source.name(), start,
                    "cannot read the document " + located.number().canonical() + ": " + e.getMessage(), e);
        }
        return new DocumentRecord(start, end, located.number(), issuers, title, DocumentKinds.of(title), date,
                source.text(start, end), cited, named, changed);
    }

    /** The bodies that a 文号's 机关代字 stands for (joint ones listed apart), where the heading prints no issuer. */
    private List<String> issuersFromCode(DocNumber number) {
        return agencyCodes.lookup(number.agencyCode())
                .map(a -> List.of(JOINT_BODIES.split(a.body().strip())))
                .orElse(List.of());
    }

    /** The line before the first section break (大事记 …) in {@code from}..{@code limit}, or {@code limit}. */
    private static int sectionBreakBefore(SourceText source, int from, int limit) {
        for (int n = from; n <= limit; n++) {
            if (SECTION_BREAK.matcher(TextLines.squeeze(TextLines.plain(source.line(n)))).matches()) {
                return n - 1;
            }
        }
        return limit;
    }

    /** The last line of the body: the file's last text line, less a trailing gazette motto. */
    static int bodyEnd(SourceText source) {
        int end = lastNonBlank(source, 1, source.lineCount());
        int n = end;
        int mottoLines = 0;
        int firstMotto = end + 1;
        while (n >= 1) {
            String text = TextLines.squeeze(TextLines.plain(source.line(n)));
            if (!text.isEmpty()) {
                if (!MOTTO_LINE.matcher(text).matches()) {
                    break;
                }
                mottoLines++;
                firstMotto = n;
            }
            n--;
        }
        return mottoLines >= MIN_MOTTO_LINES ? lastNonBlank(source, 1, firstMotto - 1) : end;
    }

    /** The last non-blank line in {@code from}..{@code to}, or {@code from} when all are blank. */
    private static int lastNonBlank(SourceText source, int from, int to) {
        for (int n = to; n > from; n--) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return from;
    }

    private static void emitToc(SourceText source, int frontEnd, List<DocumentRecord> documents, GazetteSink sink) {
        int tocLine = TableOfContents.findHeading(source, frontEnd);
        if (tocLine == 0) {
            return;
        }
        List<TocEntry> entries = TableOfContents.read(source, tocLine + 1, frontEnd);
        List<DocumentRecord> links = TableOfContents.link(entries, documents);
        for (int i = 0; i < entries.size(); i++) {
            sink.tocEntry(entries.get(i), links.get(i));
        }
    }
}
