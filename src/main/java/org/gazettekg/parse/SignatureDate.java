package org.gazettekg.parse;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 成文日期 printed under a document's covering signature: a line that holds nothing but a
 * date (digits spaced out or not, or Chinese numerals), optionally after the signing body's name.
 * A date inside running text (于2019年9月6日前) is never one.
 */
final class SignatureDate {

    private static final String DIGIT = "0-9０-９〇零一二三四五六七八九十○ＯO";
    /** Signer and date may be set apart by full-width spaces, which {@code \\s} alone does not match. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?<signer>[\\p{IsHan}（）()\\s\\u3000]*?)\\s*(?<y>[" + DIGIT + "](?:\\s*[" + DIGIT + "]){3})\\s*年\\s*"
            + "(?<m>[" + DIGIT + "]{1,3})\\s*月\\s*(?<d>[" + DIGIT + "]{1,3})\\s*日"
            // a publication note may follow on the same line: 2022年5月6日（此件公开发布）
            + "(?:\\s*[(（][\\p{IsHan}]{2,10}[)）])?$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    /**
     * A date whose 年, 月 and 日 the conversion lost ({ 2017 6 23): year, month and day set apart by
     * spaces, a stray mark or two around them. Read only under a signature.
     */
    private static final Pattern BARE_DATE = Pattern.compile(
            "^[^\\p{IsHan}0-9]{0,3}\\s*((?:19|20)\\d{2})\\s+(\\d{1,2})\\s+(\\d{1,2})\\s*[^\\p{IsHan}0-9]{0,3}$");
    /** A date printed with its 年, 月 and 日 lost and no space left (2022128): year, then month and day run together. */
    private static final Pattern RUN_TOGETHER_DATE = Pattern.compile("^((?:19|20)\\d{2})(\\d{2,4})$");
    /** A publication note between signature and date: （此件公开发布）. */
    private static final Pattern NOTE = Pattern.compile("^[(（][\\p{IsHan}]{2,12}[)）]$");
    /** Most blank lines between a signature and its date. */
    private static final int SIGNATURE_GAP = 2;

    private SignatureDate() {
    }

    /** The date {@code plainLine} holds when it is a signature date line. */
    static Optional<LocalDate> parseLine(String plainLine) {
        Matcher m = DATE_LINE.matcher(plainLine.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String signer = TextLines.squeeze(m.group("signer"));
        if (!signer.isEmpty() && !Issuers.isIssuerLine(signer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(number(m.group("y")), number(m.group("m")), number(m.group("d"))));
        } catch (DateTimeException | NumberFormatException impossible) {
            return Optional.empty();
        }
    }

    /**
     * The covering signature date in lines {@code from}..{@code to} of {@code source}: the first date
     * line under a signing body's name; failing that, the first date line at all.
     */
    static Optional<LocalDate> find(SourceText source, int from, int to) {
        Optional<LocalDate> unsigned = Optional.empty();
        for (int n = from; n <= to; n++) {
            String line = TextLines.plain(source.line(n));
            Optional<LocalDate> date = parseLine(line);
            if (date.isEmpty()) {
                Optional<LocalDate> bare = bareDate(line);
                if (bare.isPresent() && signerAbove(source, n, from)) {
                    return bare;
                }
                continue;
            }
            if (hasSigner(line) || signerAbove(source, n, from)) {
                return date;
            }
            if (unsigned.isEmpty()) {
                unsigned = date;
            }
        }
        return unsigned;
    }

    /**
     * The date of a line in {@code from}..{@code to} that holds nothing but a date run together
     * (2022128: 2022-1-28 or 2022-12-8), where exactly one of its readings is not after
     * {@code latest}, the date its page was published; empty otherwise. Read only where the document
     * has no other date: the first such line decides.
     */
    static Optional<LocalDate> runTogether(SourceText source, int from, int to, LocalDate latest) {
        for (int n = from; n <= to; n++) {
            Matcher m = RUN_TOGETHER_DATE.matcher(TextLines.squeeze(TextLines.plain(source.line(n))));
            if (m.matches()) {
                List<LocalDate> possible = readings(Integer.parseInt(m.group(1)), m.group(2)).stream()
                        .filter(d -> !d.isAfter(latest)).toList();
                return possible.size() == 1 ? Optional.of(possible.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Every valid date of {@code year} whose month and day, one or two digits each, print as {@code monthDay}. */
    private static List<LocalDate> readings(int year, String monthDay) {
        List<LocalDate> dates = new ArrayList<>();
        for (int split = 1; split <= 2 && split < monthDay.length(); split++) {
            String month = monthDay.substring(0, split);
            String day = monthDay.substring(split);
            if (day.length() > 2) {
                continue;
            }
            try {
                dates.add(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
            } catch (DateTimeException impossible) {
                // not a reading
            }
        }
        return dates;
    }

    private static boolean hasSigner(String dateLine) {
        Matcher m = DATE_LINE.matcher(dateLine.strip());
        return m.matches() && !m.group("signer").isBlank();
    }

    private static Optional<LocalDate> bareDate(String line) {
        Matcher m = BARE_DATE.matcher(line);
        return m.matches() ? Dates.ofGroups(m) : Optional.empty();
    }

    /**
     * True when the nearest non-blank line above {@code n} (two blank lines at most, a publication
     * note such as （此件公开发布） passed over) names a body.
     */
    private static boolean signerAbove(SourceText source, int n, int from) {
        int reach = SIGNATURE_GAP + 1;
        for (int i = n - 1; i >= from && i >= n - reach; i--) {
            String text = TextLines.plain(source.line(i));
            if (NOTE.matcher(text).matches()) {
                reach = n - i + SIGNATURE_GAP + 1;
                continue;
            }
            if (!text.isEmpty()) {
                return Issuers.isIssuerLine(text);
            }
        }
        return false;
    }

    /** Reads Arabic (half or full width) or Chinese numerals: 2019, 二〇一九, 十二, 二十三. */
    static int number(String printed) {
        String s = TextLines.squeeze(printed).replace('○', '〇').replace('Ｏ', '〇').replace('O', '〇').replace('零', '〇');
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
        // 二00三: among Chinese numerals a typed digit zero stands for 〇
        s = s.replace('0', '〇').replace('０', '〇');
        if (s.contains("十")) {
            int at = s.indexOf('十');
            int tens = at == 0 ? 1 : digit(s.charAt(0));
            int units = at == s.length() - 1 ? 0 : digit(s.charAt(at + 1));
            return tens * 10 + units;
        }
        int value = 0;
        for (char c : s.toCharArray()) {
            value = value * 10 + digit(c);
        }
        return value;
    }

    private static int digit(char c) {
        int d = CHINESE_DIGITS.indexOf(c);
        if (d < 0) {
            throw new NumberFormatException("not a numeral: " + c);
        }
        return d;
    }
}
