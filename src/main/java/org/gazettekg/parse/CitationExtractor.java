package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

import org.gazettekg.parse.CitationNumbers.NumberAt;

/**
 * Finds the references a document makes to other policies: 《title》 with or without a 文号,
 * bare 文号, standard and order numbers.
 *
 * <p>The document's lines are joined into one stream first ({@link ReferenceText}), so that a
 * reference broken over lines reads whole. Titles are read first, each with the number printed
 * in brackets right after it ({@link CitationNumbers}); numbers not attached to a title are then
 * read on their own ({@link BareCitations}). A 《title》 is dropped when it is an alias, names the
 * document's own enclosed text ({@link CitationOwnTexts}) or names a certificate, form, register
 * or working list ({@link CitationRules}). Issuer and relation come from the words around it
 * ({@link CitationContext}).
 */
public final class CitationExtractor {

    private final BareCitations bareCitations;

    /** An extractor that knows the built-in table of 机关代字. */
    public CitationExtractor() {
        this(AgencyCodes.standard());
    }

    /** An extractor that separates bare 文号 from the words before them with {@code agencyCodes}. */
    public CitationExtractor(AgencyCodes agencyCodes) {
        this.bareCitations = new BareCitations(requireNonNull(agencyCodes, "agencyCodes"));
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
        CitationScan scan = new CitationScan(text, CitationOwnTexts.of(title, text.lines()), own);
        readTitles(scan);
        bareCitations.read(scan);
        return scan.citations();
    }

    private static void readTitles(CitationScan scan) {
        String s = scan.s;
        int open = s.indexOf(CitationContext.OPEN_TITLE);
        TitleRun previous = null;
        while (open >= 0) {
            int close = CitationContext.closingTitleBracket(s, open);
            if (close < 0) {
                open = s.indexOf(CitationContext.OPEN_TITLE, open + 1);
                continue;
            }
            previous = readTitle(scan, open, close, previous);
            open = s.indexOf(CitationContext.OPEN_TITLE, close + 1);
        }
    }

    /** Where the last 《title》 read (with its number) ends, the body printed before it or its run, and the title. */
    private record TitleRun(int end, String issuer, String title) {
    }

    /** What lies between a document and a title it encloses: 《…通知》(长政发〔2017〕104号)中的《…》. */
    private static final Pattern ENCLOSED_IN = Pattern.compile("\\s*中的?\\s*");

    private static TitleRun readTitle(CitationScan scan, int open, int close, TitleRun previous) {
        String s = scan.s;
        String title = CitationRules.squeeze(s.substring(open + 1, close));
        scan.consume(open, close + 1);
        NumberAt number = CitationNumbers.attachedNumber(s, close + 1);
        int end = close + 1;
        if (number != null) {
            scan.consume(close + 1, number.end());
            end = number.end();
        }
        String issuer = CitationContext.issuerBefore(s, open);
        // A body printed before a run of titles (国家《A》《B》, 省政府《A》、《B》) is printed before each of them.
        if (issuer == null && previous != null && CitationContext.continuesRun(s, previous.end(), open)) {
            issuer = previous.issuer();
        }
        // A title enclosed in the document cited before it (《X》(…号)中的《Y》) is that document's issuer's.
        if (issuer == null && previous != null && previous.end() <= open
                && ENCLOSED_IN.matcher(s.substring(previous.end(), open)).matches()) {
            issuer = previous.issuer() != null ? previous.issuer()
                    : BodyNames.leading(previous.title()).stream().findFirst().orElse(null);
        }
        if (issuer == null) {
            issuer = CitationContext.congressAfter(s, end);
        }
        TitleRun run = new TitleRun(end, issuer, title);
        boolean otherDocument = number != null && !number.number().equals(scan.ownNumber)
                || isFormerVersion(s, open);
        if (title.isEmpty() || !isCitedTitle(scan, title, open, otherDocument)) {
            return run;
        }
        String printed = s.substring(open, end).strip();
        scan.add(open, new Citation(scan.text.lineAt(open), printed, number == null ? null : number.number(),
                title, issuer, CitationContext.relationAround(s, open, end)));
        return run;
    }

    /**
     * Whether a 《title》 names another policy. {@code otherDocument} says the text already shows it
     * is not the document's own enclosure (it carries a 文号 of its own, or is the 原 former version).
     */
    private static boolean isCitedTitle(CitationScan scan, String title, int open, boolean otherDocument) {
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
}
