package org.gazettekg.parse;

import java.util.Optional;
import java.util.regex.Pattern;

import org.gazettekg.parse.DocumentLocator.Located;

/**
 * A 公文 a page prints on one line, the text of its PDF joined with spaces: an optional red head (…文件), the
 * 文号, the heading in pieces where its printed lines broke, the addressee (各市人民政府，…：), then the body
 * (辽宁省人民政府办公厅文件 辽政办发〔2021〕7号 辽宁省人民政府办公厅关于对2020年 落实… 地区…的通报 各市人民政府,…: 2020年,…).
 * The addressee right after the heading is what tells such a line from a catalogue or a table of contents. A line
 * may also open with the heading itself, the issuing body first, where the page prints no 文号.
 */
final class RunOnDocuments {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    /** The red head's word after the issuing body's name. */
    private static final String RED_HEAD_WORD = "文件";
    /** How far into the line the 文号 may end: past the red head, a few dozen characters. */
    private static final int MAX_NUMBER_END = 60;
    /** Pieces looked at: red head, 文号, the heading's lines and the addressee. */
    private static final int MAX_PIECES = HeadingReader.MAX_HEADING_LINES + 3;
    /** How far into the line the addressee's colon may be when the line opens with its heading. */
    private static final int MAX_HEADING_AND_ADDRESSEE = 200;

    private RunOnDocuments() {
    }

    /** The document line {@code n} holds from its head to its body, if it is one; {@code plain} is the line's plain text. */
    static Optional<Located> at(int n, String plain) {
        int mark = plain.indexOf('号');
        if (mark < 0 || mark > MAX_NUMBER_END) {
            return Optional.empty(); // a cheap test first: the 文号 ends near the line's start
        }
        String[] pieces = SPACES.split(plain.strip(), MAX_PIECES + 1);
        int i = isRedHead(pieces[0]) ? 1 : 0;
        if (i >= pieces.length) {
            return Optional.empty();
        }
        Optional<DocNumber> number = DocNumber.parse(pieces[i]);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int k = i + 1; k + 1 < Math.min(pieces.length, i + 1 + HeadingReader.MAX_HEADING_LINES + 1); k++) {
            text.append(text.isEmpty() ? "" : " ").append(pieces[k]);
            Issuers.Split split = Issuers.split(text.toString());
            HeadingReader.Heading heading = new HeadingReader.Heading(n, n, split.issuers(), TextLines.squeeze(split.rest()));
            if (HeadingReader.isTitled(heading) && opensWithAddressee(pieces[k + 1])) {
                return Optional.of(new Located(heading, n, number.get(), number.get().printed(), false, null, n));
            }
        }
        return Optional.empty();
    }

    /**
     * The document line {@code n} holds when it opens with its heading, no 文号 printed: the issuing body's name and
     * a title (广东省人民政府关于…的意见), then the addressee. The issuing body is required: a bare title before an
     * addressee could be a sentence's.
     */
    static Optional<Located> headingFirstAt(int n, String plain) {
        int colon = Math.max(plain.indexOf(':'), plain.indexOf('：'));
        if (colon < 0 || colon > MAX_HEADING_AND_ADDRESSEE) {
            return Optional.empty(); // a cheap test first: the addressee's colon comes early
        }
        String[] pieces = SPACES.split(plain.strip(), MAX_PIECES + 1);
        if (DocNumber.parse(pieces[0]).isPresent() || isRedHead(pieces[0])) {
            return Optional.empty(); // read by at(), with its number
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k + 1 < Math.min(pieces.length, HeadingReader.MAX_HEADING_LINES + 1); k++) {
            text.append(text.isEmpty() ? "" : " ").append(pieces[k]);
            Issuers.Split split = Issuers.split(text.toString());
            HeadingReader.Heading heading = new HeadingReader.Heading(n, n, split.issuers(), TextLines.squeeze(split.rest()));
            if (!split.issuers().isEmpty() && HeadingReader.isTitled(heading) && opensWithAddressee(pieces[k + 1])) {
                return Optional.of(new Located(heading, n, null, null, false, null, n));
            }
        }
        return Optional.empty();
    }

    private static boolean isRedHead(String piece) {
        return piece.endsWith(RED_HEAD_WORD) && piece.length() > RED_HEAD_WORD.length()
                && Issuers.isBodyName(piece.substring(0, piece.length() - RED_HEAD_WORD.length()));
    }

    /** True when {@code piece} is an addressee, or the addressee up to its colon where the body follows without a space. */
    private static boolean opensWithAddressee(String piece) {
        int colon = Math.max(piece.indexOf(':'), piece.indexOf('：'));
        return colon > 0 && AddresseeDocuments.isAddressee(piece.substring(0, colon + 1));
    }
}
