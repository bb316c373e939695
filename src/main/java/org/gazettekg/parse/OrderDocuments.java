package org.gazettekg.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gazettekg.parse.DocumentLocator.Located;

/**
 * A government order (政府令) as gazettes print it: the heading of the rules or notice it issues, the issuing
 * body's name on a line of its own, then the order's number on a line of its own (重庆市人民政府⏎渝府令第 121 号) or
 * over two (内蒙古自治区人民政府令⏎第82号),
 * the words of promulgation and the signature by office (市长). An order's number has no year, so it is no
 * 文号 ({@link DocNumber}): the document keeps it as printed.
 */
final class OrderDocuments {

    /** A line that is an order's number and nothing else: the body or its 代字, 令, 第 N 号. */
    private static final Pattern ORDER_LINE = Pattern.compile(
            "[\\p{IsHan}]{1," + CitationNumbers.MAX_ORDER_ISSUER + "}令第[0-9０-９一二三四五六七八九十百零〇]{1,8}号");

    /** A serial alone on its line, under the order's title line (…人民政府令). */
    private static final Pattern SERIAL_ALONE = Pattern.compile("第[0-9０-９一二三四五六七八九十百零〇]{1,8}号");

    private OrderDocuments() {
    }

    /** The order whose number fills line {@code n}, with its heading above; {@code plain} is the line's plain text. */
    static Optional<Located> at(SourceText source, int n, String plain, int floor) {
        String number = TextLines.squeeze(plain);
        int numberTop = n;
        if (SERIAL_ALONE.matcher(number).matches()) {
            // the order's title line over its serial: 内蒙古自治区人民政府令⏎第82号
            int head = DocumentLocator.previousNonBlank(source, n - 1);
            if (head < floor) {
                return Optional.empty();
            }
            number = TextLines.squeeze(TextLines.plain(source.line(head))) + number;
            numberTop = head;
        }
        if (number.indexOf(CitationNumbers.ORDER_MARK) < 0 || !isOrderNumber(number)) {
            return Optional.empty();
        }
        int top = DocumentLocator.aboveMetadata(source, numberTop, floor);
        int above = DocumentLocator.previousNonBlank(source, top - 1);
        // the issuing body printed alone over the number belongs to the order's head, not to its heading
        String body = null;
        if (above >= floor && isBodyAlone(source.line(above))) {
            body = TextLines.squeeze(TextLines.plain(source.line(above)));
            top = above;
        }
        String issuer = body;
        String printed = number;
        // the number anchors the order: a heading above it need only end with a 文种 (鞍山市行政复议程序规定)
        return HeadingReader.above(source, top, floor)
                .filter(h -> DocumentKinds.of(h.title()) != null)
                .map(h -> DocumentLocator.firstCopy(source, h, floor))
                .map(h -> h.issuers().isEmpty() && issuer != null
                        ? new HeadingReader.Heading(h.startLine(), h.endLine(), List.of(issuer), h.title()) : h)
                .map(h -> new Located(h, n, null, printed, false, null, h.startLine()));
    }

    /** True when {@code printed} (squeezed) is an order's number alone: 渝府令第121号. */
    static boolean isOrderNumber(String printed) {
        return printed != null && ORDER_LINE.matcher(TextLines.squeeze(printed)).matches();
    }

    private static boolean isBodyAlone(String line) {
        Issuers.Split split = Issuers.split(TextLines.plain(line));
        return !split.issuers().isEmpty() && split.rest().isBlank();
    }
}
