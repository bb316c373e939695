package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the table of contents (目录) and links its entries to the body documents they announce.
 * Handles an issuer line above the title, page numbers after a dot leader on the title line or
 * on a line of their own, or glued to the title's end, titles wrapped over two lines, bullets
 * with the 文号 in brackets, and a 文号 line carrying the page under the title.
 */
final class TableOfContents {

    private static final Pattern TOC_HEADING = Pattern.compile("^(?:本期)?目录$");
    private static final Pattern GROUP_DECORATED = Pattern.compile("^(?:【(?<a>[^】]+)】|(?<b>.+?)\\s*>{2,}|(?<c>.+))$");
    private static final Pattern GROUP_WORDS = Pattern.compile("(?:文件|函件|规范性文件|法规|规章|公告|文告)$");
    private static final int MAX_GROUP_LENGTH = 20;
    private static final Pattern PAGE_AFTER_LEADER = Pattern.compile("\\s*[.·…]{2,}[\\s.·…]*(\\d{1,4})\\s*$");
    private static final Pattern PAGE_AFTER_TAB = Pattern.compile("\\t+\\s*(\\d{1,4})\\s*$");
    private static final Pattern PAGE_AFTER_SPACE = Pattern.compile("(?<=\\S)\\s+(\\d{1,4})\\s*$");
    private static final Pattern BULLET = Pattern.compile("^[-*+•]\\s+");
    private static final Pattern NUMBER_IN_BRACKETS = Pattern.compile("[(（]([^()（）]*" + DocNumber.OPEN_YEAR
            + DocNumber.SPACE + "*" + DocNumber.YEAR + DocNumber.SPACE + "*" + DocNumber.CLOSE_YEAR + "[^()（）]*号)[)）]\\s*$");
    private static final Pattern ISSUE_LINE = Pattern.compile("^(?:\\d{4}年?第\\d+期.*|[(（]\\S*刊[)）])$");
    private static final int MIN_PREFIX_MATCH = 10;

    private TableOfContents() {
    }

    /** The line of the 目录 heading in lines 1..{@code lastLine}, or 0 when the file prints none. */
    static int findHeading(SourceText source, int lastLine) {
        for (int n = 1; n <= lastLine; n++) {
            if (TOC_HEADING.matcher(TextLines.squeeze(TextLines.plain(source.line(n)))).matches()) {
                return n;
            }
        }
        return 0;
    }

    /** The entries printed in lines {@code from}..{@code to}. */
    static List<TocEntry> read(SourceText source, int from, int to) {
        EntryBuilder builder = new EntryBuilder();
        for (int n = from; n <= to; n++) {
            String raw = source.line(n);
            String text = TextLines.plain(raw);
            if (text.isEmpty() || TOC_HEADING.matcher(TextLines.squeeze(text)).matches()
                    || ISSUE_LINE.matcher(TextLines.squeeze(text)).matches()) {
                continue;
            }
            Optional<String> group = groupLabel(raw, text);
            if (group.isPresent()) {
                builder.finish();
                builder.group = group.get();
                continue;
            }
            builder.accept(n, text);
        }
        builder.finish();
        return builder.entries;
    }

    /** The group label a line prints (【市政府文件】, 市政府文件 >>>, ## 市政府文件), if it is one. */
    private static Optional<String> groupLabel(String raw, String text) {
        if (text.length() > MAX_GROUP_LENGTH || pageOf(text) != null) {
            return Optional.empty();
        }
        Matcher m = GROUP_DECORATED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean decorated = m.group("a") != null || m.group("b") != null || TextLines.isMarkdownHeading(raw);
        String label = TextLines.squeeze(m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b") : m.group("c"));
        if ((decorated || GROUP_WORDS.matcher(label).find()) && !Issuers.isIssuerLine(label)) {
            return Optional.of(label);
        }
        return Optional.empty();
    }

    /** The page number a line ends with, or null. */
    private static String pageOf(String text) {
        for (Pattern p : List.of(PAGE_AFTER_LEADER, PAGE_AFTER_TAB, PAGE_AFTER_SPACE)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String withoutPage(String text) {
        for (Pattern p : List.of(PAGE_AFTER_LEADER, PAGE_AFTER_TAB, PAGE_AFTER_SPACE)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return text.substring(0, m.start()).strip();
            }
        }
        return text.strip();
    }

    /** Collects the lines of one entry until its page number closes it. */
    private static final class EntryBuilder {
        final List<TocEntry> entries = new ArrayList<>();
        String group;
        int line;
        String issuer;
        final StringBuilder title = new StringBuilder();
        DocNumber number;

        void accept(int n, String text) {
            String body = BULLET.matcher(text).replaceFirst("");
            String page = pageOf(body);
            String rest = withoutPage(body);
            if (Issuers.isIssuerLine(rest)) {
                finish();
                start(n);
                issuer = Issuers.split(rest).issuers().get(0);
                return;
            }
            Optional<DocNumber> bare = DocNumber.parse(rest);
            if (bare.isPresent()) {
                number = bare.get();
                if (page != null) {
                    close(page);
                }
                return;
            }
            if (!rest.isEmpty()) {
                if (number != null || (!title.isEmpty() && issuer == null && startsNewTitle(rest))) {
                    finish();
                }
                appendTitle(n, rest);
            }
            if (page != null) {
                close(page);
            }
        }

        private boolean startsNewTitle(String rest) {
            return !Issuers.split(rest).issuers().isEmpty() || rest.startsWith("关于");
        }

        private void appendTitle(int n, String rest) {
            if (line == 0) {
                start(n);
            }
            Matcher bracketed = NUMBER_IN_BRACKETS.matcher(rest);
            if (bracketed.find()) {
                number = DocNumber.parse(bracketed.group(1)).orElse(null);
                rest = rest.substring(0, bracketed.start());
            }
            if (title.isEmpty()) {
                Issuers.Split split = Issuers.split(rest);
                if (!split.issuers().isEmpty()) {
                    if (issuer == null) {
                        issuer = split.issuers().get(0);
                    }
                    rest = split.rest();
                }
            }
            title.append(TextLines.squeeze(rest));
        }

        private void start(int n) {
            line = n;
        }

        private void close(String page) {
            if (title.isEmpty()) {
                return;
            }
            entries.add(new TocEntry(line, group, issuer, title.toString(), number, page));
            reset();
        }

        void finish() {
            if (!title.isEmpty()) {
                entries.add(new TocEntry(line, group, issuer, title.toString(), number, null));
            }
            reset();
        }

        private void reset() {
            line = 0;
            issuer = null;
            title.setLength(0);
            number = null;
        }
    }

    /** The body document {@code entry} announces: same 文号 where printed, else the same title, or null. */
    static DocumentRecord announced(TocEntry entry, List<DocumentRecord> documents, Set<DocumentRecord> taken) {
        if (entry.docNumber() != null) {
            String canonical = TextLines.compareKey(entry.docNumber().canonical());
            for (DocumentRecord d : documents) {
                if (d.docNumber() != null && TextLines.compareKey(d.docNumber().canonical()).equals(canonical)
                        && !taken.contains(d)) {
                    return d;
                }
            }
            return null;
        }
        String key = TextLines.compareKey(entry.title());
        for (DocumentRecord d : documents) {
            if (!taken.contains(d) && TextLines.compareKey(d.title()).equals(key)) {
                return d;
            }
        }
        for (DocumentRecord d : documents) {
            String other = TextLines.compareKey(d.title());
            boolean prefix = other.length() >= MIN_PREFIX_MATCH && key.length() >= MIN_PREFIX_MATCH
                    && (other.startsWith(key) || key.startsWith(other));
            if (!taken.contains(d) && prefix) {
                return d;
            }
        }
        return null;
    }

    /** Links every entry; each document is announced at most once. */
    static List<DocumentRecord> link(List<TocEntry> entries, List<DocumentRecord> documents) {
        Set<DocumentRecord> taken = new HashSet<>();
        List<DocumentRecord> links = new ArrayList<>();
        for (TocEntry e : entries) {
            DocumentRecord d = announced(e, documents, taken);
            if (d != null) {
                taken.add(d);
            }
            links.add(d);
        }
        return links;
    }
}
