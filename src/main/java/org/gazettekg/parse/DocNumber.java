package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 发文字号 (文号) such as 长政办发〔2020〕10号: the issuing body's 机关代字, the year and the
 * serial number. Printed forms with [], (), （）, 【】, 第 before the serial or a space before 号 all
 * normalise to the canonical 〔〕 form, so that the same policy gets the same identity wherever it is cited.
 *
 * @param agencyCode the 机关代字, e.g. 长政办发
 * @param year       the year in the brackets
 * @param serial     the serial number before 号 (kept as text: some carry letters or leading zeros)
 * @param printed    the text as printed, whitespace included
 */
public record DocNumber(String agencyCode, int year, String serial, String printed) {

    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,12}?)\\s*[〔\\[(（【［]\\s*((?:19|20)\\d{2})\\s*[〕\\])）】］]\\s*第?\\s*(\\d{1,5})\\s*号");

    public DocNumber {
        requireNonNull(agencyCode, "agencyCode");
        requireNonNull(serial, "serial");
        requireNonNull(printed, "printed");
    }

    /** The canonical form, e.g. {@code 长政办发〔2020〕10号}. */
    public String canonical() {
        return agencyCode + "〔" + year + "〕" + serial + "号";
    }

    /** The regular expression that finds 文号 in running text (group 1 代字, 2 year, 3 serial). */
    public static Pattern pattern() {
        return NUMBER;
    }

    /** Parses a text that is exactly one 文号 (surrounding whitespace allowed). */
    public static Optional<DocNumber> parse(String text) {
        requireNonNull(text, "text");
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3), text.strip()));
    }

    @Override
    public String toString() {
        return canonical();
    }
}
