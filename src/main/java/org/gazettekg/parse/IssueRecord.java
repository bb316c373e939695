package org.gazettekg.parse;

import java.time.LocalDate;

/**
 * The gazette issue as its masthead prints it. Every field but {@code line} may be null: nothing
 * is guessed where the masthead is silent.
 *
 * @param gazetteTitle the serial's name, e.g. 长治市人民政府公报
 * @param city         the city whose gazette this is, e.g. 长治市
 * @param year         the year of the issue
 * @param issueNo      the 期 number as printed, e.g. 2
 * @param totalNo      the 总第N期 number, e.g. 27
 * @param publishDate  the 出版日期
 * @param editorUnit   the 编辑出版 unit
 * @param line         the 1-based line of the masthead title
 */
public record IssueRecord(String gazetteTitle, String city, Integer year, String issueNo, String totalNo,
                          LocalDate publishDate, String editorUnit, int line) {
}
