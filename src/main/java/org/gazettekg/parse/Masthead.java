package org.gazettekg.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead a gazette prints before its body: the serial's title (…人民政府公报), the year
 * and 期, 总第N期, 出版日期 and the 编辑出版 unit. Nothing is guessed: a field the masthead does not
 * print stays null, and a file with no …公报 title has no masthead at all.
 */
final class Masthead {

    private static final int MAX_TITLE_LENGTH = 24;
    private static final Pattern GAZETTE_TITLE = Pattern.compile("^(?<name>\\p{IsHan}{2,20}?)(?:人民政府|政府)?公报$");
    private static final Pattern YEAR_AND_ISSUE = Pattern.compile("((?:19|20)\\d{2})年?第(\\d{1,3})期");
    private static final Pattern TOTAL_NUMBER = Pattern.compile("总第(\\d{1,5})期");
    private static final Pattern LABELLED = Pattern.compile("^(?<label>[\\p{IsHan}]{2,6})[:：](?<value>.*)$");
    private static final String EDITOR_LABEL = "编辑出版";
    private static final String DATE_LABEL = "出版日期";

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
        String city = name.matches() ? name.group("name") : null;
        Integer year = null;
        String issueNo = null;
        String totalNo = null;
        LocalDate published = null;
        String editor = null;
        for (int n = titleLine + 1; n <= lastLine; n++) {
            String text = TextLines.squeeze(TextLines.plain(source.line(n)));
            Matcher yi = YEAR_AND_ISSUE.matcher(text);
            if (issueNo == null && yi.find()) {
                year = Integer.valueOf(yi.group(1));
                issueNo = yi.group(2);
            }
            Matcher total = TOTAL_NUMBER.matcher(text);
            if (totalNo == null && total.find()) {
                totalNo = total.group(1);
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                String value = labelled.group("value").isEmpty() ? nextNonBlank(source, n, lastLine) : labelled.group("value");
                if (editor == null && EDITOR_LABEL.equals(labelled.group("label"))) {
                    editor = value;
                } else if (published == null && DATE_LABEL.equals(labelled.group("label")) && value != null) {
                    published = SignatureDate.parseLine(value).orElse(null);
                }
            }
        }
        return Optional.of(new IssueRecord(title, city, year, issueNo, totalNo, published, editor, titleLine));
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
