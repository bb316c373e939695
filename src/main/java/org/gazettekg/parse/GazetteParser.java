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

    /** The last characters a {@link #SECTION_BREAK} line can end with: a cheap test before the expression. */
    private static final String SECTION_BREAK_ENDINGS = "记免态读】";

    /** The gazette motto at the end of an issue: a few lines of a few characters each. */
    private static final Pattern MOTTO_LINE = Pattern.compile("^\\p{IsHan}{2,8}$");
    private static final int MIN_MOTTO_LINES = 3;
    /** How many lines under its heading a body's addressee line is looked for (blank lines between). */
    private static final int ADDRESSEE_REACH = 4;





    private final CitationExtractor citations;
    private final DivisionMatcher divisions;

    /** A parser with the built-in tables. */
    public GazetteParser() {
        this(new CitationExtractor(), new DivisionMatcher());
    }

    /** A parser with the given citation extractor and division matcher. */
    public GazetteParser(CitationExtractor citations, DivisionMatcher divisions) {
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
        List<DocumentLocator.Located> located = DocumentLocator.locate(source, MetadataBlock.read(source));
        int frontEnd = located.isEmpty() ? source.lineCount() : located.get(0).firstLine() - 1;
        Masthead.read(source, frontEnd).ifPresent(sink::issue);
        List<DocumentRecord> documents = new ArrayList<>();
        int bodyEnd = bodyEnd(source);
        for (int i = 0; i < located.size(); i++) {
            int limit = i + 1 < located.size() ? located.get(i + 1).firstLine() - 1 : bodyEnd;
            DocumentRecord document = document(source, located.get(i), limit);
            documents.add(document);
            sink.document(document);
        }
        emitToc(source, frontEnd, documents, sink);
        sink.end();
    }

    private DocumentRecord document(SourceText source, DocumentLocator.Located located, int limit) {
        HeadingReader.Heading heading = located.heading();
        int start = heading.startLine();
        int end = Math.max(start, DocumentLocator.lastNonBlank(source, start, sectionBreakBefore(source, located.numberLine(), limit)));
        String title = heading.title();
        DocNumber number = located.number();
        PageMetadata metadata = located.metadata();
        int bodyStart = Math.max(heading.endLine(), located.numberLine()) + 1;
        List<String> signers = Signature.signers(source, bodyStart, end);
        List<String> issuers = withAbbreviationsExpanded(heading.issuers(), signers);
        LocalDate date = SignatureDate.find(source, bodyStart, end)
                .orElse(metadata != null ? metadata.documentDate() : null);
        if (date == null && metadata != null && metadata.published() != null) {
            date = SignatureDate.runTogether(source, bodyStart, end, metadata.published()).orElse(null);
        }
        List<Citation> cited;
        List<DivisionMention> named;
        List<DivisionChange> changed;
        try {
            // an order's head (heading, issuing body, order number) runs together as text: its own number is no citation
            int citedFrom = OrderDocuments.isOrderNumber(located.printedNumber()) ? Math.min(located.numberLine() + 1, end) : start;
            cited = citations.extract(source, citedFrom, end, title, number);
            DivisionMatcher.Reading reading = divisions.read(source, start, end, title,
                    DivisionScope.of(divisions.gazetteer(), null, placeNames(issuers, signers, metadata),
                            title.isEmpty() ? addressee(source, bodyStart, end) : title));
            named = reading.mentions();
            changed = reading.changes();
        } catch (RuntimeException e) {
            throw new GazetteParseException(source.name(), start, "cannot read the document "
                    + (located.printedNumber() != null ? located.printedNumber() : title) + ": " + e.getMessage(), e);
        }
        String printedNumber = located.printedNumber() == null ? null : source.printed(located.printedNumber());
        if (number != null) {
            number = new DocNumber(number.agencyCode(), number.year(), number.serial(), source.printed(number.printed()));
        }
        return new DocumentRecord(start, end, number, issuers.stream().map(source::printed).toList(),
                source.printed(title), DocumentKinds.of(title), date, source.text(start, end),
                cited.stream().map(c -> printed(source, c)).toList(), named, changed,
                number == null ? printedNumber : null, metadata, signers.stream().map(source::printed).toList());
    }

    /** The addressee line that opens a body (河北省人民政府：), which names the place a document without a title is about; or null. */
    private static String addressee(SourceText source, int bodyStart, int end) {
        for (int n = bodyStart; n <= Math.min(end, bodyStart + ADDRESSEE_REACH); n++) {
            if (source.facts().is(LineFacts.Question.ADDRESSEE, n)) {
                return TextLines.plain(source.line(n));
            }
        }
        return null;
    }

    /** The bodies printed with the document that may name its place: heading, signature, page metadata. */
    private static List<String> placeNames(List<String> issuers, List<String> signers, PageMetadata metadata) {
        List<String> names = new ArrayList<>(issuers);
        names.addAll(signers);
        if (metadata != null && metadata.issuer() != null) {
            names.add(metadata.issuer());
        }
        if (metadata != null && metadata.publisher() != null) {
            names.add(metadata.publisher());
        }
        return names;
    }

    /**
     * The heading's issuers with an abbreviated joint group (…等10部门) replaced by the bodies that sign
     * the document, where they begin with its lead body; by the lead body alone otherwise.
     */
    private static List<String> withAbbreviationsExpanded(List<String> issuers, List<String> signers) {
        List<String> out = new ArrayList<>();
        for (String issuer : issuers) {
            String lead = Issuers.abbreviatedLead(issuer);
            if (lead == null) {
                out.add(issuer);
            } else if (signers.size() > 1 && signers.get(0).equals(lead)) {
                out.addAll(signers);
            } else {
                out.add(lead);
            }
        }
        return out;
    }

    /** The citation with its title and printed text as the file prints them (traditional characters kept). */
    private static Citation printed(SourceText source, Citation c) {
        if (!source.isTraditional()) {
            return c;
        }
        return new Citation(c.line(), source.printed(c.printed()), c.number(),
                c.title() == null ? null : source.printed(c.title()), c.issuer(), c.relation());
    }

    /** The line before the first section break (大事记 …) in {@code from}..{@code limit}, or {@code limit}. */
    private static int sectionBreakBefore(SourceText source, int from, int limit) {
        for (int n = from; n <= limit; n++) {
            String text = TextLines.squeeze(TextLines.plain(source.line(n)));
            if (!text.isEmpty() && SECTION_BREAK_ENDINGS.indexOf(text.charAt(text.length() - 1)) >= 0
                    && SECTION_BREAK.matcher(text).matches()) {
                return n - 1;
            }
        }
        return limit;
    }

    /** The last line of the body: the file's last text line, less a trailing gazette motto. */
    static int bodyEnd(SourceText source) {
        int end = DocumentLocator.lastNonBlank(source, 1, source.lineCount());
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
        return mottoLines >= MIN_MOTTO_LINES ? DocumentLocator.lastNonBlank(source, 1, firstMotto - 1) : end;
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
