package org.gazettekg.parse;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a citation carries, as the text prints them: 文号 (bare, or filling a bracket after a
 * title), standard numbers and order numbers, with the patterns that find them and the reading of
 * the number attached to a 《title》.
 */
final class CitationNumbers {

    /** The longest 机关代字 a bare 文号 is read with. */
    static final int MAX_CODE_LENGTH = 14;
    /** Fewest characters of a 机关代字. */
    static final int MIN_CODE_LENGTH = 2;

    /** A 文号 in running text: 代字 (group 1), year in brackets (2), serial (3) before 号. */
    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1," + MAX_CODE_LENGTH + "})" + DocNumber.YEAR_AND_SERIAL);

    /**
     * A 文号 that fills a bracket after a title: the bracket bounds it, so the 代字 may hold the
     * spaces of a wrapped table cell ((晋 财社〔2019〕1号)).
     */
    static final Pattern ATTACHED_DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z\\s]{0,16}?)" + DocNumber.YEAR_AND_SERIAL);

    /** A standard number: GB 3095-2012, GB/T 9704-2012, HJ633-2012, DB14/1929—2019. */
    static final Pattern STANDARD_NUMBER = Pattern.compile(
            "(?<![A-Za-z])[A-Z]{2,4}\\d{0,3}(?:/[A-Z]{1,2})?\\s*/?\\s*\\d{1,6}(?:\\.\\d{1,3})?\\s*[—–－―‐-]{1,2}\\s*(?:19|20)\\d{2}(?!\\d)");

    /** The character that makes a number an order's: 令. */
    static final char ORDER_MARK = '令';
    /** The longest issuer read before {@link #ORDER_MARK}. */
    static final int MAX_ORDER_ISSUER = 20;

    /** What follows 令 in an order number: an optional year (2019年, 〔2019〕), then 第N号. */
    private static final String ORDER_SERIAL = ORDER_MARK + "\\s*(?:\\d{4}\\s*年|" + DocNumber.OPEN_YEAR + "\\s*\\d{4}\\s*"
            + DocNumber.CLOSE_YEAR + ")?\\s*第\\s*[\\d一二三四五六七八九十百零〇]{1,8}\\s*号";

    /**
     * An order number: 国务院令第713号, 山西省人民政府令第262号, 交通运输部令2019年第29号, 中国人民银行令〔2019〕第1号
     * (issuer in group 1).
     */
    static final Pattern ORDER_NUMBER = Pattern.compile("([\\p{IsHan}]{1," + MAX_ORDER_ISSUER + "})" + ORDER_SERIAL);

    /** Most bodies of a joint order. */
    private static final int MAX_JOINT_BODIES = 8;
    /**
     * A body of a joint order other than the last: a name ending as the names of ministries, commissions,
     * administrations, offices and governments end (监察部, 国家税务总局, 中国人民银行, 国家互联网信息办公室), so
     * that a word such as 试行 printed in the bracket is not read as one.
     */
    private static final String JOINT_BODY = "[\\p{IsHan}]{1," + (MAX_ORDER_ISSUER - 2) + "}(?:[部委局署厅院会办室府]|银行)";
    /** What separates the bodies of a joint order as printed: spaces, 、 or commas. */
    private static final Pattern JOINT_SEPARATOR = Pattern.compile("[\\s、，,]+");

    /**
     * An order number filling a bracket after a title, which may name several bodies that issued the rule
     * jointly ((监察部 人力资源社会保障部 国家税务总局令第26号)): the bracket bounds it, so the separators
     * cannot join a body to words of the running text.
     */
    static final Pattern ATTACHED_ORDER_NUMBER = Pattern.compile("(?:" + JOINT_BODY + "[\\s、，,]+){0," + (MAX_JOINT_BODIES - 1)
            + "}[\\p{IsHan}]{1," + MAX_ORDER_ISSUER + "}" + ORDER_SERIAL);

    /** The bodies of a joint order printed before the one whose name precedes 令, each followed by 、: 监察部、人力资源社会保障部、. */
    static final Pattern JOINT_BODIES_BEFORE = Pattern.compile("(?:" + JOINT_BODY + "、){1," + (MAX_JOINT_BODIES - 1) + "}$");

    /** Most characters between 》 and the bracket holding its number (《…》精神（…号）). */
    static final int MAX_WORDS_BEFORE_NUMBER = 4;

    /** The character a 文号's serial ends with. */
    private static final char SERIAL_MARK = '号';
    /** Every bracket {@link DocNumber#OPEN_YEAR} allows. */
    private static final String YEAR_OPENINGS = "〔﹝[(（【［〖\u201E";
    /** The first digits of a year {@link DocNumber#YEAR} reads: 19xx, 20xx, in either width. */
    private static final String YEAR_FIRST_DIGITS = "1１2２";
    private static final String OPEN_BRACKETS = "(（";
    private static final String CLOSE_BRACKETS = ")）";

    /** A number found in the text: its span (closing bracket included) and the number to record. */
    record NumberAt(int start, int end, String number) {
    }

    private CitationNumbers() {
    }

    /** The number in brackets right after 》 (or after a word or two such as 精神), or null. */
    static NumberAt attachedNumber(String s, int from) {
        int bracket = bracketAfter(s, from);
        if (bracket < 0) {
            return null;
        }
        int inside = skipSpaces(s, bracket + 1);
        NumberAt number = numberAt(s, inside);
        if (number == null) {
            return damagedNumberAt(s, inside);
        }
        int after = skipSpaces(s, number.end());
        int end = after < s.length() && CLOSE_BRACKETS.indexOf(s.charAt(after)) >= 0 ? after + 1 : number.end();
        return new NumberAt(number.start(), end, number.number());
    }

    /**
     * A 文号 too damaged to read (国办发〔〕33号) that fills the bracket opened before {@code inside}: kept as printed;
     * or one whose 号 is printed after the bracket ((长水办〔2024〕78)号): read with it.
     */
    private static NumberAt damagedNumberAt(String s, int inside) {
        int limit = Math.min(s.length(), inside + MAX_CODE_LENGTH + 16);
        for (int i = inside; i < limit; i++) {
            if (CLOSE_BRACKETS.indexOf(s.charAt(i)) >= 0) {
                String printed = CitationRules.squeeze(s.substring(inside, i));
                if (i + 1 < s.length() && s.charAt(i + 1) == SERIAL_MARK && DocNumber.parse(printed + SERIAL_MARK).isPresent()) {
                    // 号 misprinted after the bracket that holds the rest: (长水办〔2024〕78)号
                    return new NumberAt(inside, i + 2, printed + SERIAL_MARK);
                }
                return DocNumber.isBroken(printed) ? new NumberAt(inside, i + 1, printed) : null;
            }
        }
        return null;
    }

    private static int bracketAfter(String s, int from) {
        int p = skipSpaces(s, from);
        int words = 0;
        while (p < s.length() && words < MAX_WORDS_BEFORE_NUMBER && Han.isHan(s.charAt(p))) {
            p++;
            words++;
        }
        p = skipSpaces(s, p);
        if (p < s.length() && OPEN_BRACKETS.indexOf(s.charAt(p)) >= 0) {
            return p;
        }
        return -1;
    }

    /** A 文号, order number or standard number starting exactly at {@code at}, or null. */
    private static NumberAt numberAt(String s, int at) {
        // before the 文号: a year in brackets (交通运输部令〔2019〕第29号) would read 交通运输部令 as a 机关代字
        Matcher jointOrder = ATTACHED_ORDER_NUMBER.matcher(s).region(at, s.length());
        if (jointOrder.lookingAt()) {
            return new NumberAt(at, jointOrder.end(), orderNumber(jointOrder.group()));
        }
        Matcher doc = ATTACHED_DOC_NUMBER.matcher(s).region(at, s.length());
        if (doc.lookingAt()) {
            return new NumberAt(at, doc.end(), canonical(doc, CitationRules.squeeze(doc.group(1))));
        }
        Matcher standard = STANDARD_NUMBER.matcher(s).region(at, s.length());
        if (standard.lookingAt()) {
            return new NumberAt(at, standard.end(), standard.group().strip());
        }
        return null;
    }

    /**
     * An order number as recorded: the bodies of a joint order joined by 、 (监察部、人力资源社会保障部、国家税务总局令第26号),
     * the rest as printed (国务院令 第713号).
     */
    static String orderNumber(String printed) {
        String s = printed.strip();
        int mark = s.lastIndexOf(ORDER_MARK);
        return JOINT_SEPARATOR.matcher(s.substring(0, mark)).replaceAll("、") + s.substring(mark);
    }

    /** The brackets a 文号's year opens with: every bare 文号 holds one. */
    static boolean isYearOpening(int c) {
        return YEAR_OPENINGS.indexOf(c) >= 0;
    }

    /**
     * True when {@code text} holds at {@code i} a bracket a 文号's year may open with, followed (past
     * spaces) by the first digit a year of {@link DocNumber#YEAR} may have: most brackets of running text
     * open anything but a year, and no 文号 can hold them.
     */
    static boolean isYearBracketAt(String text, int i) {
        if (!isYearOpening(text.charAt(i))) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && DocNumber.isSpace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && YEAR_FIRST_DIGITS.indexOf(text.charAt(j)) >= 0;
    }

    /** A bare 文号 starts at most {@link #MAX_CODE_LENGTH} characters, and the spaces printed after them, before its bracket. */
    static int earliestDocNumberStart(String text, int bracket) {
        int start = bracket;
        while (start > 0 && DocNumber.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return start - MAX_CODE_LENGTH;
    }

    /** The canonical 文号 of a match of {@link #DOC_NUMBER} or {@link #ATTACHED_DOC_NUMBER} read with {@code code}. */
    static String canonical(MatchResult doc, String code) {
        return new DocNumber(code, Integer.parseInt(doc.group(2)), doc.group(3), doc.group()).canonical();
    }

    static int skipSpaces(String s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
