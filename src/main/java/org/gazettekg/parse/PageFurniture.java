package org.gazettekg.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The furniture of a web page around a document's text: breadcrumbs (首页 > 政务公开 > 文件库),
 * widgets (【打印】 【关闭】 分享 朗读 字体, 无障碍版 | 繁体版, APP下载), visit counters, copyright and site lines, bare addresses,
 * source and time lines (来源: …, 时间: …). None of it is a heading, a document or a citation.
 */
final class PageFurniture {

    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:首页|当前位置|您的位置|你的位置|您现在的位置|位置)\\s*[:：>›»]|(?:[^>›»]+[>›»]{1,2}){2,}[^>›»]*");
    private static final Pattern WIDGETS = Pattern.compile(
            "^(?:打印本页|打印|关闭窗口|关闭|分享到|分享|朗读|收藏|字体|字号|大|中|小|默认|返回顶部|返回|纠错|扫一扫"
            + "|微信|微博|下载|视力保护色|保护视力色|浏览字号|无障碍版|无障碍|繁体版|简体版|智能问答|个人中心|APP"
            + "|【|】|\\[|\\]|[:：\\s\\u3000|/·]|[0-9]+)+$");
    /** The characters a {@link #WIDGETS} line can open with. */
    private static final String WIDGET_OPENINGS =
            "打关分朗收字大中小默返纠扫微下视保浏无繁简智个A【】[]:：|/· \t\n\u000B\f\r\u30000123456789";
    /** Visit counters: the words alone decide, what may follow them (a colon, a number) may be missing too. */
    private static final List<String> COUNTER_WORDS = List.of("浏览次数", "访问次数", "阅读次数", "点击数", "浏览量", "阅读量",
            "访问量");
    /** Site lines: words found anywhere in a line … */
    private static final List<String> SITE_WORDS = List.of("版权所有", "Copyright", "©", "ICP备", "网站标识码", "主办单位",
            "承办单位", "技术支持", "网站地图", "维基文库", "Public domain");
    /**
     * … and words found only at its opening: a digital library's notes on a reprinted text (本作品收录于《…》,
     * its licence), related links.
     */
    private static final List<String> SITE_OPENINGS = List.of("本作品", "收录于", "注:", "注：", "延伸阅读", "相关阅读",
            "相关链接", "相关文章", "相关办事指南", "取消收藏", "扫一扫");
    /** The first characters of the {@link #SITE_WORDS}. */
    private static final String SITE_WORD_OPENINGS = "版C©I网主承技维P";
    private static final Pattern ADDRESS = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    private static final Pattern SOURCE_OR_TIME = Pattern.compile(
            "^(?:时间|来源|发布时间|发布日期|作者|编辑|责任编辑|信息来源|文章来源|日期)\\s*[:：]");

    private PageFurniture() {
    }

    /** True when the stripped line {@code plain} is page furniture. */
    static boolean is(String plain) {
        String s = plain.strip();
        if (s.isEmpty()) {
            return false;
        }
        // Each expression is tried only where a cheap test on the characters it needs passes.
        return WIDGET_OPENINGS.indexOf(s.charAt(0)) >= 0 && WIDGETS.matcher(s).matches()
                    && !s.chars().allMatch(Character::isDigit)
                || (s.indexOf('>') >= 0 || s.indexOf('›') >= 0 || s.indexOf('»') >= 0) && BREADCRUMB.matcher(s).lookingAt()
                || (s.indexOf('数') >= 0 || s.indexOf('量') >= 0) && containsAny(s, COUNTER_WORDS)
                || isSiteLine(s)
                || (s.startsWith("http") || s.startsWith("www.")) && ADDRESS.matcher(s).matches()
                || (s.indexOf(':') >= 0 || s.indexOf('：') >= 0) && SOURCE_OR_TIME.matcher(s).find();
    }

    /** True when {@code s} holds a site word, or opens with a site line's word. */
    private static boolean isSiteLine(String s) {
        for (String w : SITE_OPENINGS) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return mayHoldSiteWord(s) && containsAny(s, SITE_WORDS);
    }

    /** True when {@code s} holds a character a {@link #SITE_WORDS} word begins with: one pass before eleven. */
    private static boolean mayHoldSiteWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (SITE_WORD_OPENINGS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
