package org.gazettekg.parse;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The 文种 (kind of document) a title ends with: 通知, 实施意见, 批复 …; the longest match wins. */
final class DocumentKinds {

    /** The kinds of GB/T 9704 and the usual normative-document kinds, in no particular order. */
    private static final List<String> KINDS = List.of(
            "命令", "令", "决定", "决议", "公告", "通告", "意见", "实施意见", "指导意见", "通知", "通报",
            "报告", "请示", "批复", "答复", "函", "纪要", "议案", "公报",
            "办法", "实施办法", "暂行办法", "规定", "暂行规定", "细则", "实施细则",
            "条例", "规则", "方案", "实施方案", "规划", "计划", "措施", "预案",
            "纲要", "要点", "制度", "指南", "章程", "守则", "准则", "清单", "标准");
    private static final List<String> LONGEST_FIRST =
            KINDS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** A trailing edition or status note such as (试行) or (2019—2022年), which is not part of the kind. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("[(（][^()（）]{1,20}[)）]$");

    private DocumentKinds() {
    }

    /** The kind {@code title} (spaces removed) ends with, or null. */
    static String of(String title) {
        String t = title.strip();
        while (TRAILING_NOTE.matcher(t).find()) {
            t = TRAILING_NOTE.matcher(t).replaceFirst("");
        }
        for (String kind : LONGEST_FIRST) {
            if (t.endsWith(kind)) {
                return kind;
            }
        }
        return null;
    }
}
