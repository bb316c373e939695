package org.gazettekg.parse;

import java.util.regex.Pattern;

/**
 * What a single line must look like to stand in a heading printed above or below a 文号: short,
 * no sentence end, list mark, table, date, page furniture or 文号 of its own.
 */
final class HeadingText {

    /** Longest heading line: longer lines are running text. */
    static final int MAX_HEADING_LINE_LENGTH = 160;
    /** The enumeration comma a title may wrap after. */
    static final String WRAP_COMMA = "、";

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;：:，,、！!？?]$");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}(?:\\.[0-9]+)*[、.．]"
            + "|第[一二三四五六七八九十百0-9]+[章节条]|附件|附表|[-*+•]\\s)");
    /** Longest bracketed note kept inside a heading: (2021—2025年), (试行). */
    private static final int MAX_NOTE_LENGTH = 16;
    /** A section label printed over a group of documents: 【市政府文件】, 市政府办公室文件 >>>. */
    private static final Pattern SECTION_LABEL = Pattern.compile("^(?:【[^】]+】|.+?\\s*>{2,})$");
    private static final Pattern PARENTHESISED = Pattern.compile("^[(（].*[)）]$");
    /** A line that opens with a 文号 (a page title such as 瑞政办(2011)129号 转发…的通知) is no heading. */
    private static final Pattern NUMBER_FIRST = Pattern.compile(DocNumber.pattern().pattern());
    private static final Pattern PAGE_LEADER = Pattern.compile("[.·…]{3,}\\s*\\d*$");
    /** A full date: a line that holds one is a signature or an 印发 note, not a heading. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日", Pattern.UNICODE_CHARACTER_CLASS);
    /** A running page header or footer of the PDF: the gazette's name, a page number such as — 12 —. */
    private static final Pattern RUNNING_HEAD = Pattern.compile("^(?:[-—–\\s]*\\d{1,4}[-—–\\s]*|[^\\s《》“]{2,12}?政府公报.{0,20}|[^\\s《》“]{2,6}政报.{0,20})$");

    private HeadingText() {
    }

    /** True when a line can be part of a heading: short, no sentence end, no list mark, table, date or page. */
    static boolean isHeadingText(String plain) {
        return !plain.isEmpty()
                && plain.length() <= MAX_HEADING_LINE_LENGTH
                && plain.indexOf('\t') < 0
                && plain.indexOf('|') < 0
                && !SENTENCE_END.matcher(plain).find()
                && !ENUMERATION.matcher(plain).find()
                && !PARENTHESISED.matcher(plain).matches()
                && !SECTION_LABEL.matcher(plain).matches()
                && !PAGE_LEADER.matcher(plain).find()
                && !FULL_DATE.matcher(plain).find()
                && !RUNNING_HEAD.matcher(plain).matches()
                && !PageFurniture.is(plain)
                && SignatureDate.parseLine(plain).isEmpty()
                && !NUMBER_FIRST.matcher(plain).lookingAt()
                && !DocNumber.isBroken(plain)
                && !MetadataBlock.isMetadataText(plain);
    }

    /**
     * True when a line can stand inside a heading though not at its top: a title wrapped
     * after an enumeration comma (关于尧都区、洪洞县、) or a bracketed note on a line of its own (（2021—2025年）).
     */
    static boolean isInnerHeadingText(String plain) {
        if (plain.endsWith(WRAP_COMMA)) {
            return isHeadingText(plain.substring(0, plain.length() - WRAP_COMMA.length()));
        }
        return PARENTHESISED.matcher(plain).matches() && plain.length() <= MAX_NOTE_LENGTH
                && SignatureDate.parseLine(plain).isEmpty() && DocNumber.parse(plain).isEmpty();
    }

    /** True when a line is a page header or footer the PDF printed across a heading (— 12 —, …政府公报). */
    static boolean isRunningHead(String plain) {
        return !plain.isEmpty() && RUNNING_HEAD.matcher(plain).matches();
    }

    /**
     * A heading line a web page prints between book-title marks (《北京市人民政府办公厅关于印发〈…〉的通知》),
     * without them; a line that only opens or closes with one keeps it.
     */
    static String unwrapped(String text) {
        boolean wrapped = text.length() > 2 && text.charAt(0) == '《' && text.charAt(text.length() - 1) == '》'
                && text.indexOf('《', 1) < 0 && text.indexOf('》') == text.length() - 1;
        return wrapped ? text.substring(1, text.length() - 1) : text;
    }
}
