package org.gazettekg.parse;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the readers of one text ask about each of its lines (is it page furniture, metadata, a TOC
 * line, an addressee, a 文号 line?), each answer computed once per line: the locator, the metadata
 * reader and every document's reference text ask again about the same lines, and the regular
 * expressions behind the answers are most of the parser's time.
 *
 * <p>Answers are kept in plain arrays filled on first use; two threads reading one text at once can
 * only both compute the same answer, so no locking is needed.
 */
final class LineFacts {

    /** A yes/no question about one line, asked of the line as the readers see it. */
    enum Question {
        /** Page furniture ({@link PageFurniture#is}). */
        FURNITURE(line -> PageFurniture.is(TextLines.plain(line))),
        /** Labelled metadata ({@link MetadataBlock#isMetadataText}). */
        METADATA(MetadataBlock::isMetadataText),
        /** A TOC line, title and page number ({@link ReferenceText#isTocLine}). */
        TOC(ReferenceText::isTocLine),
        /** An addressee line ({@link AddresseeDocuments#isAddressee}). */
        ADDRESSEE(line -> AddresseeDocuments.isAddressee(TextLines.plain(line))),
        /** Text that can be part of a heading ({@link HeadingText#isHeadingText}). */
        HEADING(line -> HeadingText.isHeadingText(TextLines.plain(line)));

        private final Predicate<String> test;

        Question(Predicate<String> test) {
            this.test = test;
        }
    }

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final SourceText source;
    private final byte[][] answers = new byte[Question.values().length][];
    /** The 文号 text of each line ({@link DocumentLocator#numberText}), null until asked. */
    private String[] numberTexts;
    /** The 文号 each line reads as, null until asked. */
    private Optional<DocNumber>[] numbers;
    /** Whether each line is a damaged 文号: {@link #NO}/{@link #YES}, {@link #UNKNOWN} until asked. */
    private byte[] broken;

    LineFacts(SourceText source) {
        this.source = source;
    }

    /** The answer to {@code question} about line {@code n} (1-based). */
    boolean is(Question question, int n) {
        byte[] known = answers[question.ordinal()];
        if (known == null) {
            known = new byte[source.lineCount() + 1];
            answers[question.ordinal()] = known;
        }
        if (known[n] == UNKNOWN) {
            known[n] = question.test.test(source.line(n)) ? YES : NO;
        }
        return known[n] == YES;
    }

    /** Line {@code n} as a 文号 line reads: label and 签发人 note dropped ({@link DocumentLocator#numberText}). */
    String numberText(int n) {
        if (numberTexts == null) {
            numberTexts = new String[source.lineCount() + 1];
        }
        String text = numberTexts[n];
        if (text == null) {
            text = DocumentLocator.numberText(source.line(n));
            numberTexts[n] = text;
        }
        return text;
    }

    /** The 文号 that fills line {@code n}, read as a 文号 line. */
    @SuppressWarnings("unchecked")
    Optional<DocNumber> number(int n) {
        if (numbers == null) {
            numbers = new Optional[source.lineCount() + 1];
        }
        Optional<DocNumber> number = numbers[n];
        if (number == null) {
            number = DocNumber.parse(numberText(n));
            numbers[n] = number;
        }
        return number;
    }

    /** True when line {@code n}, read as a 文号 line, is a 文号 too damaged to read. */
    boolean isBrokenNumber(int n) {
        if (broken == null) {
            broken = new byte[source.lineCount() + 1];
        }
        if (broken[n] == UNKNOWN) {
            broken[n] = number(n).isEmpty() && DocNumber.isBroken(numberText(n)) ? YES : NO;
        }
        return broken[n] == YES;
    }
}
