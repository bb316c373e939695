package org.gazettekg.parse;

import java.util.regex.Pattern;

/**
 * The furniture of a web page around a document's text: breadcrumbs (首页 > 政务公开 > 文件库),
 * widgets (【打印】 【关闭】 分享 朗读 字体), visit counters, copyright and site lines, bare addresses,
 * source and time lines (来源: …, 时间: …). None of it is a heading, a document or a citation.
 */
final class PageFurniture {

    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:首页|当前位置|您的位置|你的位置|您现在的位置|位置)\\s*[:：>›»]|(?:[^>›»]+[>›»]{1,2}){2,}[^>›»]*");
    private static final Pattern WIDGETS = Pattern.compile(
            "^(?:打印本页|打印|关闭窗口|关闭|分享到|分享|朗读|收藏|字体|字号|大|中|小|默认|返回顶部|返回|纠错|扫一扫"
            + "|微信|微博|下载|视力保护色|保护视力色|浏览字号|【|】|\\[|\\]|[:：\\s\\u3000|/·]|[0-9]+)+$");
    /** The characters a {@link #WIDGETS} line can open with. */
    private static final String WIDGET_OPENINGS = "打关分朗收字大中小默返纠扫微下视保浏【】[]:：|/· \t\n\u000B\f\r\u30000123456789";
    private static final Pattern COUNTER = Pattern.compile("(?:浏览次数|访问次数|阅读次数|点击数|浏览量|阅读量|访问量)\\s*[:：]?\\s*\\d*");
    private static final Pattern SITE = Pattern.compile("版权所有|Copyright|©|ICP备|网站标识码|主办单位|承办单位|技术支持|网站地图"
            // a digital library's notes on a reprinted text: 本作品收录于《…》, its licence, 维基文库
            + "|^本作品|^收录于|维基文库|Public domain|^注[:：]|^延伸阅读|^相关(?:阅读|链接|文章|办事指南)|^取消收藏|^扫一扫");
    /** The first characters of the {@link #SITE} words found anywhere in a line … */
    private static final String SITE_WORD_OPENINGS = "版C©I网主承技维P";
    /** … and of those found only at its opening. */
    private static final String SITE_LINE_OPENINGS = "本收注延相取扫";
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
                || (s.indexOf('数') >= 0 || s.indexOf('量') >= 0) && COUNTER.matcher(s).find()
                || mayBeSite(s) && SITE.matcher(s).find()
                || (s.startsWith("http") || s.startsWith("www.")) && ADDRESS.matcher(s).matches()
                || (s.indexOf(':') >= 0 || s.indexOf('：') >= 0) && SOURCE_OR_TIME.matcher(s).find();
    }

    /** True when {@code s} opens with, or holds, a character a {@link #SITE} word begins with. */
    private static boolean mayBeSite(String s) {
        if (SITE_LINE_OPENINGS.indexOf(s.charAt(0)) >= 0) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (SITE_WORD_OPENINGS.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
