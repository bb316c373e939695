package org.gazettekg.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gazettekg.query.DocumentLookup.DocumentView;

/** The HTML of the source view: a header per document, then its numbered lines. */
final class SourceHtml {

    private static final String STYLE = """
            body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#222;background:#fafafa}
            header{background:#8b1a1a;color:#fff;padding:.6rem 1rem}header a{color:#fff}
            .doc{margin:1rem;background:#fff;border:1px solid #ddd;border-radius:6px}
            .meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;padding:.8rem 1rem;border-bottom:1px solid #eee}
            .meta dt{color:#777}.meta dd{margin:0}
            .lines{font-family:'Noto Sans Mono CJK SC',ui-monospace,monospace;font-size:14px;padding:.5rem 0}
            .line{display:flex;white-space:pre-wrap;padding:0 1rem}.line:target,.line.marked{background:#fff3b0}
            .no{flex:0 0 4.5em;color:#999;text-align:right;padding-right:1em;user-select:none}
            .no a{color:inherit;text-decoration:none}
            mark{background:#ffd54f}
            """;

    private SourceHtml() {
    }

    /** The page for {@code label} (the IRI or 文号 asked for) showing {@code docs}. */
    static String page(String label, List<DocumentView> docs, int markedLine, String highlight) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(docs.isEmpty() ? label : docs.get(0).title())).append(" · 原文</title><style>")
                .append(STYLE).append("</style></head><body><header><a href=\"/analyst/\">← 公报分析页 Analyst page</a>")
                .append(" · 原文 Source lines</header>");
        if (docs.isEmpty()) {
            html.append("<p class=\"doc\" id=\"not-found\" style=\"padding:1rem\">没有找到文件 No document: ")
                    .append(escape(label)).append("</p>");
        }
        for (DocumentView d : docs) {
            appendDocument(html, d, markedLine, highlight);
        }
        if (markedLine > 0) {
            html.append("<script>var l=document.getElementById('L").append(markedLine)
                    .append("');if(l){l.scrollIntoView({block:'center'});}</script>");
        }
        return html.append("</body></html>").toString();
    }

    /** The page for a policy that is only cited: each citing line, linked to its document's source. */
    static String citedOnly(String label, List<SourcePage.CitationLine> citations) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(label)).append(" · 引用</title><style>").append(STYLE)
                .append("</style></head><body><header><a href=\"/analyst/\">← 公报分析页 Analyst page</a>")
                .append(" · 原文 Source lines</header><section class=\"doc\" id=\"cited-only\"><p style=\"padding:0 1rem\">")
                .append(escape(label)).append(" 未收录于已载入的公报，以下公文引用了它 — not printed in the loaded gazettes; cited by:</p>")
                .append("<ol class=\"citations\">");
        for (SourcePage.CitationLine c : citations) {
            String href = "/source?doc=" + URLEncoder.encode(c.doc(), StandardCharsets.UTF_8) + "&line=" + c.line()
                    + "&hl=" + URLEncoder.encode(c.printed(), StandardCharsets.UTF_8);
            html.append("<li><a href=\"").append(escape(href)).append("\">")
                    .append(escape(c.number().isEmpty() ? c.title() : c.number() + " " + c.title())).append("</a> — ")
                    .append(escape(c.source())).append("，第 ").append(c.line()).append(" 行：")
                    .append(escape(c.printed())).append("</li>");
        }
        return html.append("</ol></section></body></html>").toString();
    }

    private static void appendDocument(StringBuilder html, DocumentView d, int markedLine, String highlight) {
        html.append("<section class=\"doc\" data-iri=\"").append(escape(d.iri())).append("\"><dl class=\"meta\">");
        meta(html, "标题", d.title());
        meta(html, "文号", d.number());
        meta(html, "发文机关", d.issuers().replace("|", "、"));
        meta(html, "文种", d.kind());
        meta(html, "成文日期", d.date());
        meta(html, "来源", d.source() + "，第 " + d.startLine() + "–" + d.endLine() + " 行");
        html.append("<dt>IRI</dt><dd><a href=\"/analyst/#graph?doc=")
                .append(escape(URLEncoder.encode(d.iri(), StandardCharsets.UTF_8))).append("\">")
                .append(escape(d.iri())).append("</a></dd></dl><div class=\"lines\">");
        int n = d.startLine();
        for (String line : d.text().split("\n", -1)) {
            html.append("<div class=\"line").append(n == markedLine ? " marked" : "").append("\" id=\"L").append(n)
                    .append("\"><span class=\"no\"><a href=\"#L").append(n).append("\">").append(n)
                    .append("</a></span><span class=\"text\">").append(highlighted(line, highlight)).append("</span></div>");
            n++;
        }
        html.append("</div></section>");
    }

    private static void meta(StringBuilder html, String name, String value) {
        if (value != null && !value.isBlank()) {
            html.append("<dt>").append(name).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    static String highlighted(String line, String word) {
        String text = escape(line);
        if (word == null || word.isBlank()) {
            return text;
        }
        String w = escape(word.strip());
        return text.replace(w, "<mark>" + w + "</mark>");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
