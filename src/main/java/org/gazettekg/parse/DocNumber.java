package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
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

    /** A space as PDF conversions print it: ASCII or the full-width (ideographic) space. */
    static final String SPACE = "[\\s\\u3000\\u00A0]";
    /** True for a character {@link #SPACE} matches. */
    static boolean isSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** A digit, half or full width (２０２０): both are printed in 文号. */
    static final String DIGIT = "[0-9０-９]";
    /** A year of the 19xx or 20xx, in either width. */
    static final String YEAR = "(?:[1１][9９]|[2２][0０])" + DIGIT + "{2}";
    /** The brackets a 文号's year is printed in: 〔〕, ﹝﹞, [], (), （）, 【】, ［］, 〖〗. */
    static final String OPEN_YEAR = "[〔﹝\\[(（【［〖\u201E]";
    /** The characters {@link #OPEN_YEAR} matches. */
    private static final String OPENING_BRACKETS = "〔﹝[(（【［〖\u201E";
    static final String CLOSE_YEAR = "[〕﹞\\])）】］〗\u201F]";

    /** What follows the 代字: the bracketed year (a group) and the serial (the next group) before 号. */
    static final String YEAR_AND_SERIAL = SPACE + "*" + OPEN_YEAR + SPACE + "*(" + YEAR + ")" + SPACE + "*"
            + CLOSE_YEAR + SPACE + "*第?" + SPACE + "*(" + DIGIT + "{1,5})" + SPACE + "*号";

    /**
     * The most characters a 代字 has. The longest real codes fit with room to spare: an autonomous
     * prefecture prints its short form, not its full name (黔西南州府办发, 西双版纳州政办规字: 9), and a
     * longer run of letters before a bracketed year is text, not a code (黔西南布依族苗族自治州政发: 13, which no
     * government prints, is no 文号).
     */
    static final int MAX_CODE_LENGTH = 12;

    private static final Pattern NUMBER = Pattern.compile("([\\p{IsHan}A-Za-z]{1," + MAX_CODE_LENGTH + "}?)"
            + YEAR_AND_SERIAL);
    /**
     * A 文号 damaged in conversion, its bracket or 号 lost (牟政办发〔201746): a 代字 that ends as
     * codes do, an opening year bracket and the year's digits, the rest garbled; or a 代字 and 号
     * around brackets whose year was lost (甘发改规划〔〕号).
     */
    private static final Pattern BROKEN = Pattern.compile(
            "[\\p{IsHan}]{1,11}[发字函规府]" + SPACE + "*" + OPEN_YEAR + SPACE + "*" + YEAR + "[0-9０-９〕﹞\\])）】］〗\\s]*号?"
            // or its year lost: 甘发改规划〔〕号, 国办发〔〕33号
            + "|[\\p{IsHan}*＊]{2,12}" + SPACE + "*" + OPEN_YEAR + "[0-9０-９\\s]{0,4}" + CLOSE_YEAR + "[0-9０-９\\s]{0,5}号");

    /** The serial is kept in half-width digits, so that ３号 and 3号 give one canonical form. */
    public DocNumber {
        requireNonNull(agencyCode, "agencyCode");
        requireNonNull(serial, "serial");
        requireNonNull(printed, "printed");
        serial = Normalizer.normalize(serial, Normalizer.Form.NFKC);
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
        String t = text.strip();
        if (!t.endsWith("号")) {
            return Optional.empty(); // a cheap test first: most lines asked about are not 文号
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocNumber(m.group(1), Integer.parseInt(m.group(2)), m.group(3), text.strip()));
    }

    /** True when {@code text} holds a year bracket {@link #OPEN_YEAR}, which both forms of {@link #BROKEN} need. */
    private static boolean hasOpeningBracket(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OPENING_BRACKETS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is exactly a 文号 too damaged to read, which is kept as printed and never repaired. */
    public static boolean isBroken(String text) {
        requireNonNull(text, "text");
        String t = text.strip();
        return hasOpeningBracket(t) && parse(t).isEmpty() && BROKEN.matcher(t).matches();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
