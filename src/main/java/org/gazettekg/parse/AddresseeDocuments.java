package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gazettekg.parse.DocumentLocator.Located;

/**
 * Documents found by their addressee: a heading right above an addressee line (各县区人民政府：),
 * with only metadata, furniture or a few short lines of page text between, for a 公文 whose 文号
 * is printed nowhere in the body.
 */
final class AddresseeDocuments {

    /** An addressee line (主送机关): bodies, ending with a colon. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^[^。；;！!？?《》]{2,150}(?:各|人民政府|政府|单位|部门|机构|机关|委员会|办事处|管委会|局|厅|委|办|公司|学校|院|街道|镇|乡)"
            + "[^。；;！!？?《》]{0,40}[:：]$");
    /** Most short lines of page text passed over between a heading and its addressee. */
    private static final int MAX_SKIPPED_WIDGETS = 3;
    private static final int MAX_WIDGET_LENGTH = 20;
    private static final Pattern SENTENCE = Pattern.compile("[。，,；;]");

    private AddresseeDocuments() {
    }

    /**
     * Documents whose heading stands right above an addressee line (各县区人民政府：), with only
     * metadata or furniture between: a 公文 whose 文号 is printed nowhere in the body.
     */
    static void add(SourceText source, List<Located> found) {
        List<Located> added = new ArrayList<>();
        for (int n = 1; n <= source.lineCount(); n++) {
            if (!source.facts().is(LineFacts.Question.ADDRESSEE, n) || MetadataBlock.isMetadataLine(source, n)) {
                continue;
            }
            int top = DocumentLocator.aboveMetadata(source, n, 1);
            int previous = DocumentLocator.previousNonBlank(source, top - 1);
            if (previous > 0 && (source.facts().number(previous).isPresent() || source.facts().isBrokenNumber(previous))) {
                continue; // a 文号 line: read with its number above
            }
            Optional<HeadingReader.Heading> heading = titledHeadingAbove(source, top);
            if (heading.isEmpty() || isKnown(found, heading.get()) || isKnown(added, heading.get())) {
                continue;
            }
            HeadingReader.Heading h = DocumentLocator.firstCopy(source, heading.get(), 1);
            added.add(new Located(h, h.endLine(), null, null, false, null));
        }
        found.addAll(added);
    }

    /**
     * The titled heading above line {@code top}, passing over up to {@link #MAX_SKIPPED_WIDGETS} short
     * lines of page text between (相关办事指南, 取消收藏成功!) that are neither heading nor sentence.
     */
    private static Optional<HeadingReader.Heading> titledHeadingAbove(SourceText source, int top) {
        int from = top;
        for (int skipped = 0; skipped <= MAX_SKIPPED_WIDGETS && from > 1; skipped++) {
            Optional<HeadingReader.Heading> heading = HeadingReader.above(source, from, 1)
                    .filter(HeadingReader::isTitled).filter(h -> !DocumentLocator.opensLikeProse(h));
            if (heading.isPresent()) {
                return heading;
            }
            int previous = DocumentLocator.previousNonBlank(source, from - 1);
            String plain = previous == 0 ? "" : TextLines.squeeze(TextLines.plain(source.line(previous)));
            if (plain.isEmpty() || plain.length() > MAX_WIDGET_LENGTH || SENTENCE.matcher(plain).find()
                    && !PageFurniture.is(plain) && !MetadataBlock.isMetadataLine(source, previous)) {
                return Optional.empty();
            }
            from = DocumentLocator.aboveMetadata(source, previous, 1);
        }
        return Optional.empty();
    }

    /**
     * A page that prints neither heading nor 文号 (a repost of the text alone): where no other rule found a document,
     * its first addressee line (章丘区人民政府：) opens one when nothing but furniture stands above it and a body
     * signs a date below it. The heading is empty: issuer and date are the signature's.
     */
    static void addUnheaded(SourceText source, List<Located> found) {
        if (!found.isEmpty()) {
            return;
        }
        for (int n = 1; n <= source.lineCount(); n++) {
            String plain = TextLines.plain(source.line(n));
            if (plain.isEmpty() || isFurniture(plain)) {
                continue;
            }
            if (source.facts().is(LineFacts.Question.ADDRESSEE, n) && !MetadataBlock.isMetadataLine(source, n)
                    && !Signature.signers(source, n + 1, source.lineCount()).isEmpty()) {
                found.add(new Located(new HeadingReader.Heading(n, n, List.of(), ""), n, null, null, false, null));
            }
            return;
        }
    }

    /** A line of page furniture above a text: no Han character (|, a rule), or a known widget. */
    private static boolean isFurniture(String plain) {
        return plain.codePoints().noneMatch(Han::isHan) || PageFurniture.is(plain);
    }

    static boolean isAddressee(String plain) {
        return plain.length() <= 200 && (plain.endsWith("：") || plain.endsWith(":"))
                && ADDRESSEE.matcher(plain).matches();
    }

    private static boolean isKnown(List<Located> found, HeadingReader.Heading heading) {
        return found.stream().anyMatch(l -> l.heading().startLine() <= heading.endLine()
                && heading.startLine() <= Math.max(l.heading().endLine(), l.numberLine()));
    }
}
