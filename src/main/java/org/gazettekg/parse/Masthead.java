package org.gazettekg.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead a gazette prints before its body: the serial's title (…人民政府公报, …政报), the year
 * and 期, 总第N期, 出版日期 and the 编辑出版 unit. Nothing is guessed: a field the masthead does not
 * print stays null, and a file with no …公报 title has no masthead at all.
 */
final class Masthead {

    private static final int MAX_TITLE_LENGTH = 24;
    private static final Pattern GAZETTE_TITLE = Pattern.compile("^(?<name>\\p{IsHan}{2,20}?)(?:人民政府|政府)?(?:公报|政报)$");
    private static final String NUMERAL = "[0-9〇零一二三四五六七八九十]";
    private static final Pattern YEAR_AND_ISSUE = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二](?:[〇○零一二三四五六七八九]){3})年?(?<!总)第(" + NUMERAL + "{1,3})期");
    private static final Pattern ISSUE_ONLY = Pattern.compile("(?<!总)第(" + NUMERAL + "{1,3})期");
    private static final Pattern YEAR_ONLY = Pattern.compile("^((?:19|20)\\d{2})年?$");
    private static final Pattern TOTAL_NUMBER = Pattern.compile("总第(" + NUMERAL + "{1,6})期");
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:(?<label>[\\p{IsHan}]{2,8})[:：]|(?<bare>编辑出版(?:单位)?|出版(?:日期|时间))(?=[\\p{IsHan}0-9]))(?<value>.*)$");
    private static final Pattern EDITOR_LABEL = Pattern.compile("^编辑出版");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^((?:19|20)\\d{2})[-./－．](\\d{1,2})[-./－．](\\d{1,2})$");
    /** A publication date printed before its word: 2021年8月31日出版. */
    private static final Pattern DATE_THEN_PUBLISHED = Pattern.compile("^(.{6,16}日|[0-9./-]{8,10})出版$");
    private static final Pattern DATE_LABEL = Pattern.compile("^出版(?:日期|时间)$");

    private Masthead() {
    }

    /** The masthead printed in lines 1..{@code lastLine}, if the file prints one. */
    static Optional<IssueRecord> read(SourceText source, int lastLine) {
        int titleLine = findTitle(source, lastLine);
        if (titleLine == 0) {
            return Optional.empty();
        }
        String title = TextLines.squeeze(TextLines.plain(source.line(titleLine)));
        Matcher name = GAZETTE_TITLE.matcher(title);
        Fields fields = new Fields();
        for (int n = titleLine + 1; n <= lastLine; n++) {
            fields.read(source, n, lastLine);
        }
        return Optional.of(new IssueRecord(title, name.matches() ? name.group("name") : null, fields.year,
                fields.issueNo, fields.totalNo, fields.published, fields.editor, titleLine));
    }

    /** The fields found so far; the first printing of each wins. */
    private static final class Fields {
        Integer year;
        String issueNo;
        String totalNo;
        LocalDate published;
        String editor;

        void read(SourceText source, int n, int lastLine) {
            String text = TextLines.squeeze(TextLines.plain(source.line(n)));
            readNumbers(text);
            Matcher dateFirst = DATE_THEN_PUBLISHED.matcher(text);
            if (published == null && dateFirst.matches()) {
                published = SignatureDate.parseLine(dateFirst.group(1)).or(() -> numericDate(dateFirst.group(1))).orElse(null);
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                String label = labelled.group("label") != null ? labelled.group("label") : labelled.group("bare");
                String value = labelled.group("value").isEmpty() ? nextNonBlank(source, n, lastLine) : labelled.group("value");
                if (editor == null && EDITOR_LABEL.matcher(label).find()) {
                    editor = value;
                } else if (published == null && value != null && DATE_LABEL.matcher(label).matches()) {
                    published = SignatureDate.parseLine(value).or(() -> numericDate(value)).orElse(null);
                }
            }
        }

        private void readNumbers(String text) {
            Matcher both = YEAR_AND_ISSUE.matcher(text);
            if (issueNo == null && both.find()) {
                year = SignatureDate.number(both.group(1));
                issueNo = arabic(both.group(2));
            }
            Matcher issue = ISSUE_ONLY.matcher(text);
            if (issueNo == null && issue.find()) {
                issueNo = arabic(issue.group(1));
            }
            Matcher yearOnly = YEAR_ONLY.matcher(text);
            if (year == null && yearOnly.matches()) {
                year = Integer.valueOf(yearOnly.group(1));
            }
            Matcher total = TOTAL_NUMBER.matcher(text);
            if (totalNo == null && total.find()) {
                totalNo = arabic(total.group(1));
            }
        }

        /** The number in Arabic digits; a numeral it cannot read is kept as printed. */
        private static String arabic(String numeral) {
            try {
                return String.valueOf(SignatureDate.number(numeral));
            } catch (NumberFormatException unreadable) {
                return numeral;
            }
        }
    }

    /** A date printed in figures only: 2021-08-31, 2021.8.31, 2021/8/31. */
    private static Optional<LocalDate> numericDate(String value) {
        Matcher m = NUMERIC_DATE.matcher(value);
        return m.matches() ? Dates.ofGroups(m) : Optional.empty();
    }

    /** The line of the gazette's title, or 0. */
    private static int findTitle(SourceText source, int lastLine) {
        for (int n = 1; n <= lastLine; n++) {
            String text = TextLines.squeeze(TextLines.plain(source.line(n)));
            if (text.length() <= MAX_TITLE_LENGTH && GAZETTE_TITLE.matcher(text).matches()) {
                return n;
            }
        }
        return 0;
    }

    private static String nextNonBlank(SourceText source, int n, int lastLine) {
        for (int i = n + 1; i <= lastLine; i++) {
            String text = TextLines.plain(source.line(i));
            if (!text.isEmpty()) {
                return TextLines.squeeze(text);
            }
        }
        return null;
    }
}
