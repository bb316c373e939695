package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each 公文 of a text begins, whatever the layout: a heading above a line holding its
 * 文号 (gazettes); the 文号, under a red head (…文件), above the heading (红头 order); the 文号 in
 * brackets closing the heading; a whole document run on one line ({@link RunOnDocuments}); the 文号 only in a
 * web page's metadata block; or no 文号 at all,
 * where the structure still says "document": a heading followed by its addressee (各…：).
 *
 * <p>This class reads the headings found by their 文号 line; those found by their addressee are
 * read by {@link AddresseeDocuments}, and page metadata blocks are matched to the documents by
 * {@link MetadataDocuments}.
 */
final class DocumentLocator {

    /** A line that holds only a page number, possibly after a dot leader: a TOC line, not body text. */
    private static final Pattern PAGE_ONLY = Pattern.compile("^[.·…\\s]*\\d{1,4}$");
    /** A 文号 in brackets at the end of a line: （长政发〔2021〕3号）. */
    private static final Pattern BRACKETED_NUMBER_AT_END = Pattern.compile("[(（]([^()（）]{2,40})[)）]$");
    /** A 文号 printed after the title on the heading line, set apart by spaces. */
    private static final Pattern NUMBER_AFTER_TITLE = Pattern.compile("^(.+?)[\\s\\u3000]+(\\S{4,30})$");
    /**
     * A catalogue line of a document library: title, 文号, issuing body and date on one line
     * (国务院关于…的批复 国函〔1998〕60号 中华人民共和国国务院 1998年7月31日 |).
     */
    private static final Pattern CATALOGUE_LINE = Pattern.compile(
            "^(.+?)[\\s\\u3000]+(\\S{4,30})[\\s\\u3000]+(\\S{2,40})[\\s\\u3000]+(\\d{4}年\\d{1,2}月\\d{1,2}日)[\\s\\u3000|｜]*$");
    /** Words a sentence opens with and the name of a body or a title never does: 根据, 按照, 为, 现将 … */
    private static final Pattern PROSE_OPENING = Pattern.compile(
            "(?:根据|按照|依据|依照|参照|遵照|结合|贯彻|落实|执行|为了|为|对|经|将|把|在|由|从|向|与|现|请|特|并|但|如)");
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(?:发文字号|文号)\\s*[:：]\\s*");
    /** The 签发人 note some 文号 lines carry (上行文): not part of the number. */
    private static final Pattern SIGNER_NOTE = Pattern.compile("\\s*签发人\\s*[:：].*$");

    /**
     * A document found: its heading, where its 文号 is printed and how.
     *
     * @param heading    the heading
     * @param numberLine the line that holds the 文号 (the heading's last line where none is printed)
     * @param number     the 文号, readable, or null
     * @param printedNumber the 文号 as printed (also a damaged one), or null
     * @param bracketed  the 文号 is printed in brackets
     * @param metadata   the page metadata block that describes it, or null
     * @param headLine   the first line of its head: a red head (…文件) or 文号 printed above the heading
     */
    record Located(HeadingReader.Heading heading, int numberLine, DocNumber number, String printedNumber,
                   boolean bracketed, PageMetadata metadata, int headLine) {

        Located(HeadingReader.Heading heading, int numberLine, DocNumber number, String printedNumber,
                boolean bracketed, PageMetadata metadata) {
            this(heading, numberLine, number, printedNumber, bracketed, metadata, heading.startLine());
        }

        Located withMetadata(PageMetadata block) {
            DocNumber n = number != null ? number : block.number();
            String p = printedNumber != null ? printedNumber : block.printedNumber();
            return new Located(heading, numberLine, n, p, bracketed, block, headLine);
        }

        /** The first line that belongs to this document: its heading, or a red head, 文号 or metadata above it. */
        int firstLine() {
            int first = Math.min(Math.min(heading.startLine(), numberLine), headLine);
            return metadata != null ? Math.min(first, metadata.startLine()) : first;
        }
    }

    private DocumentLocator() {
    }

    /** Every document of {@code source}, in text order; {@code blocks} are its page metadata blocks. */
    static List<Located> locate(SourceText source, List<PageMetadata> blocks) {
        List<Located> found = withoutUnprintedAnnouncements(source, byNumberLine(source));
        AddresseeDocuments.add(source, found);
        SignedDocuments.add(source, found);
        AddresseeDocuments.addUnheaded(source, found);
        found.sort(Comparator.comparingInt(l -> l.heading().startLine()));
        MetadataDocuments.attach(source, found, blocks);
        MetadataDocuments.addByTitle(source, found, blocks);
        found.sort(Comparator.comparingInt(l -> l.heading().startLine()));
        return found;
    }

    // ---- a heading with its 文号 line ----------------------------------------------------------

    /** Every heading that stands above (or, in 红头 order, below) a line holding nothing but a 文号. */
    private static List<Located> byNumberLine(SourceText source) {
        List<Located> found = new ArrayList<>();
        int floor = 1;
        for (int n = 1; n <= source.lineCount(); n++) {
            if (isTocLine(source, n)) {
                continue;
            }
            String plain = source.facts().numberText(n);
            if (repeatsNumberAbove(source, n)) {
                continue;
            }
            Optional<Located> located = numberLineDocument(source, n, plain, floor);
            if (located.isEmpty()) {
                located = bracketedNumberDocument(source, n, plain, floor);
            }
            if (located.isEmpty()) {
                located = numberAfterTitleDocument(source, n, plain, floor);
            }
            if (located.isEmpty()) {
                located = RunOnDocuments.at(n, plain);
            }
            if (located.isEmpty()) {
                located = OrderDocuments.at(source, n, plain, floor);
            }
            if (located.isEmpty()) {
                located = RunOnDocuments.headingFirstAt(n, plain);
            }
            if (located.isPresent()) {
                found.add(located.get());
                floor = n + 1;
            }
        }
        return found;
    }

    /**
     * True when the 文号 on line {@code n} repeats the one on the line just above (a page that prints
     * it twice, 京政办发〔2016〕26号⏎京政办发〔2016〕26号): one document, not two.
     */
    private static boolean repeatsNumberAbove(SourceText source, int n) {
        Optional<DocNumber> here = source.facts().number(n);
        if (here.isEmpty()) {
            return false;
        }
        int above = previousNonBlank(source, n - 1);
        return above > 0 && source.facts().number(above)
                .filter(d -> d.canonical().equals(here.get().canonical())).isPresent();
    }

    /** The line as a 文号 line reads: no 文号: label before the number, no 签发人 note after it. */
    static String numberText(String line) {
        String plain = TextLines.plain(line);
        // cheap tests first: few lines hold a 签发人 note or open with a label
        if (plain.contains("签发人")) {
            plain = SIGNER_NOTE.matcher(plain).replaceFirst("");
        }
        return plain.startsWith("发文字号") || plain.startsWith("文号") ? NUMBER_LABEL.matcher(plain).replaceFirst("") : plain;
    }

    /** A document whose 文号 (readable or damaged) fills line {@code n}: its heading above, or below it in 红头 order. */
    private static Optional<Located> numberLineDocument(SourceText source, int n, String plain, int floor) {
        Optional<DocNumber> number = source.facts().number(n);
        if (number.isEmpty() && !source.facts().isBrokenNumber(n)) {
            return Optional.empty();
        }
        int top = aboveMetadata(source, n, floor);
        Optional<HeadingReader.Heading> heading = HeadingReader.above(source, top, floor)
                .map(h -> firstCopy(source, h, floor));
        int head = n;
        int bottom = belowMetadata(source, n);
        // A page's title above its metadata, the 文号 and a heading under it (红头 order): the heading below is the document's.
        boolean pageTitleAbove = top < n && heading.isPresent()
                && HeadingReader.below(source, bottom, bottom).filter(HeadingReader::isTitled).isPresent();
        if (heading.isPresent() && HeadingReader.isRedHead(heading.get())) {
            head = heading.get().startLine();
            heading = HeadingReader.belowRedHead(source, n, head, heading.get());
        } else if (heading.isEmpty() || pageTitleAbove) {
            head = heading.map(HeadingReader.Heading::startLine).orElse(n);
            // past the metadata only under a page title: a 文号 in a block with no heading above is often the
            // block's own row, with the page title and the body heading further down
            heading = HeadingReader.below(source, pageTitleAbove ? bottom : n, head);
        }
        if (heading.isEmpty() && number.isPresent()) {
            heading = HeadingReader.titleAboveAddressee(source, n, head);
        }
        if (heading.isEmpty() && number.isPresent() && isAddressedBelow(source, n)) {
            heading = Optional.of(new HeadingReader.Heading(n, n, List.of(), ""));
        }
        String printed = TextLines.squeeze(plain);
        int headLine = Math.min(head, heading.map(HeadingReader.Heading::startLine).orElse(n));
        return heading.map(h -> new Located(h, n, number.orElse(null), printed, false, null, headLine));
    }

    /**
     * True when the line after the 文号 on line {@code n} is an addressee (河北省人民政府：): a 公文
     * whose page prints no heading at all still opens with its 文号 and whom it is addressed to.
     */
    private static boolean isAddressedBelow(SourceText source, int n) {
        int next = nextNonBlank(source, n + 1);
        return next > 0 && source.facts().is(LineFacts.Question.ADDRESSEE, next);
    }

    /** The line from which to look up for a heading: above any metadata lines printed between it and line {@code n}. */
    static int aboveMetadata(SourceText source, int n, int floor) {
        int top = n;
        for (int i = n - 1; i >= floor; i--) {
            if (source.line(i).isBlank()) {
                continue;
            }
            if (!MetadataBlock.isMetadataLine(source, i) && !source.facts().is(LineFacts.Question.FURNITURE, i)) {
                break;
            }
            top = i;
        }
        return top;
    }

    /** The line from which to look down for a heading: below any metadata lines printed after line {@code n}. */
    static int belowMetadata(SourceText source, int n) {
        int bottom = n;
        for (int i = n + 1; i <= source.lineCount(); i++) {
            if (source.line(i).isBlank()) {
                continue;
            }
            if (!MetadataBlock.isMetadataLine(source, i) && !source.facts().is(LineFacts.Question.FURNITURE, i)) {
                break;
            }
            bottom = i;
        }
        return bottom;
    }

    /**
     * The first copy of a heading a page prints twice (its title lines repeated before the 文号):
     * the copy above, with the issuer it names.
     */
    static HeadingReader.Heading firstCopy(SourceText source, HeadingReader.Heading heading, int floor) {
        if (!heading.issuers().isEmpty()) {
            return heading;
        }
        return HeadingReader.above(source, heading.startLine(), floor)
                .filter(copy -> copy.title().equals(heading.title()) && copy.endLine() < heading.startLine())
                .orElse(heading);
    }

    /**
     * A document whose 文号 is printed in brackets: alone on line {@code n} under the heading
     * (（长政发〔2021〕3号）), or closing the heading's last line. Running text cites documents the same
     * way, so the heading must read as one: issuer or 关于 first, a 文种 last.
     */
    private static Optional<Located> bracketedNumberDocument(SourceText source, int n, String plain, int floor) {
        if (!plain.endsWith(")") && !plain.endsWith("）")) {
            return Optional.empty();
        }
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
        return heading.filter(h -> !opensLikeProse(h))
                .map(h -> new Located(h, n, number.get(), number.get().printed(), true, null));
    }

    /** A heading whose last line ends with its 文号 after a space: 关于…的通知 长政发〔2021〕3号. */
    private static Optional<Located> numberAfterTitleDocument(SourceText source, int n, String plain, int floor) {
        if (!hasSpace(plain)) {
            return Optional.empty(); // both layouts set the 文号 apart by a space
        }
        if (!endsWithNumberMark(plain) && plain.indexOf('日') < 0) {
            return Optional.empty(); // a 文号 closing the line ends with 号; a catalogue line ends with its date
        }
        Matcher m = NUMBER_AFTER_TITLE.matcher(plain);
        if (!m.matches()) {
            m = CATALOGUE_LINE.matcher(plain);
            if (!m.matches() || !BodyNames.isBodyName(m.group(3))) {
                return Optional.empty();
            }
        }
        Optional<DocNumber> number = DocNumber.parse(m.group(2));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return HeadingReader.endingOn(source, n, m.group(1).strip(), floor)
                .filter(h -> !opensLikeProse(h))
                .map(h -> new Located(h, n, number.get(), number.get().printed(), false, null));
    }

    /** True when {@code text}, stripped, ends with 号 (as {@link DocNumber#parse} needs of its last token). */
    private static boolean endsWithNumberMark(String text) {
        int last = text.length() - 1;
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        return last >= 0 && text.charAt(last) == '号';
    }

    /** True when {@code text} holds a character {@code [\\s\\u3000]} matches. */
    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000' || c >= '\t' && c <= '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when the heading's first words are those of a sentence (根据省政府关于…的通知), not of a name. */
    static boolean opensLikeProse(HeadingReader.Heading heading) {
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
            boolean printedLater = here.number() != null && found.subList(i + 1, found.size()).stream()
                    .anyMatch(later -> later.number() != null
                            && later.number().canonical().equals(here.number().canonical()));
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
                // a cheap test first: a page number ends the line
                char last = text.charAt(text.length() - 1);
                return last >= '0' && last <= '9' && PAGE_ONLY.matcher(text).matches();
            }
        }
        return false;
    }

    // ---- lines ----------------------------------------------------------------------------------

    private static int nextNonBlank(SourceText source, int n) {
        for (int i = n; i <= source.lineCount(); i++) {
            if (!source.line(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    static int previousNonBlank(SourceText source, int n) {
        for (int i = n; i >= 1; i--) {
            if (!source.line(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    /** The last non-blank line in {@code from}..{@code to}, or {@code from} when all are blank. */
    static int lastNonBlank(SourceText source, int from, int to) {
        for (int n = to; n > from; n--) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return from;
    }
}
