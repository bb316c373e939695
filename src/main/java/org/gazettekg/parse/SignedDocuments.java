package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gazettekg.parse.DocumentLocator.Located;

/**
 * Documents found by their signature: a heading that names its issuer and ends with a 文种, and below it that
 * same issuer signing the text above a date (宁夏回族自治区人民政府⏎2020年3月5日). A 公告 or 通告 printed on a page
 * has neither 文号 nor addressee; its heading and its signature are what say "document". Only the kinds addressed
 * to the public are read so: a notice or reply without addressee is more likely a text another document encloses.
 */
final class SignedDocuments {

    /** The kinds addressed to the public, which print no addressee: only their headings are read by their signature. */
    private static final Set<String> PUBLIC_KINDS = Set.of("公告", "通告", "命令", "令", "公报");
    /** Most lines between a heading and its signature. */
    private static final int MAX_REACH = 80;
    /** Most blank lines between the signing body and its date. */
    private static final int SIGNATURE_GAP = 3;

    private SignedDocuments() {
    }

    /** Adds to {@code found} the documents signed by the issuer their heading names, that no other rule found. */
    static void add(SourceText source, List<Located> found) {
        List<Located> added = new ArrayList<>();
        for (int n = 1; n <= source.lineCount(); n++) {
            String plain = TextLines.plain(source.line(n));
            if (plain.isEmpty() || SignatureDate.parseLine(plain).isEmpty()) {
                continue;
            }
            int signerLine = signerLine(source, n);
            if (signerLine == 0) {
                continue;
            }
            List<String> signers = Issuers.split(TextLines.plain(source.line(signerLine))).issuers();
            headingSignedBy(source, signerLine, signers)
                    .filter(h -> !isKnown(found, h) && !isKnown(added, h) && !insideAnotherDocument(source, found, h))
                    .ifPresent(h -> added.add(new Located(h, h.endLine(), null, null, false, null)));
        }
        found.addAll(added);
    }

    /** The line of the body that signs above the date on line {@code dateLine}: that line itself or one just above it; 0 if none. */
    private static int signerLine(SourceText source, int dateLine) {
        String date = TextLines.plain(source.line(dateLine));
        if (!Issuers.split(date).issuers().isEmpty()) {
            return dateLine;
        }
        for (int i = dateLine - 1, blanks = 0; i >= 1 && blanks <= SIGNATURE_GAP; i--) {
            String plain = TextLines.plain(source.line(i));
            if (plain.isEmpty()) {
                blanks++;
                continue;
            }
            return Issuers.isIssuerLine(plain) ? i : 0;
        }
        return 0;
    }

    /** The nearest titled heading above {@code signerLine} whose issuers are the ones that sign. */
    private static Optional<HeadingReader.Heading> headingSignedBy(SourceText source, int signerLine, List<String> signers) {
        for (int m = signerLine - 1; m >= Math.max(1, signerLine - MAX_REACH); m--) {
            String text = TextLines.squeeze(TextLines.plain(source.line(m)));
            if (text.isEmpty() || DocumentKinds.of(text) == null) {
                continue; // a heading ends with its 文种: a cheap test before reading one
            }
            Optional<HeadingReader.Heading> heading = HeadingReader.above(source, m + 1, 1)
                    .filter(HeadingReader::isTitled).filter(h -> !DocumentLocator.opensLikeProse(h))
                    .filter(h -> PUBLIC_KINDS.contains(DocumentKinds.of(h.title())));
            if (heading.isPresent() && heading.get().issuers().equals(signers)) {
                return heading;
            }
        }
        return Optional.empty();
    }

    private static boolean isKnown(List<Located> found, HeadingReader.Heading heading) {
        return found.stream().anyMatch(l -> l.firstLine() <= heading.endLine()
                && heading.startLine() <= Math.max(l.heading().endLine(), l.numberLine()));
    }

    /**
     * True when a document found before the heading has not ended by it (no signature date between): the heading
     * is then a text it encloses, which belongs to it.
     */
    private static boolean insideAnotherDocument(SourceText source, List<Located> found, HeadingReader.Heading heading) {
        int lastStart = found.stream().mapToInt(Located::firstLine).filter(s -> s < heading.startLine()).max().orElse(0);
        return lastStart > 0 && SignatureDate.find(source, lastStart, heading.startLine() - 1).isEmpty();
    }
}
