package org.gazettekg.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the metadata blocks of government web pages (政府信息公开 / 文件库 pages): 索引号, 发文机构,
 * 发文字号, 成文日期, 发布日期, 有效性, 主题分类 … printed as {@code label: value} lines, {@code |}
 * table rows, a label on a line of its own with its value on the next, or one run-on line (with or
 * without colons). Labels may be spaced out (文  号, 索 引 号). Lines of one block may be set apart
 * by blank lines.
 */
final class MetadataBlock {

    private enum Field { NUMBER, ISSUER, PUBLISHER, TITLE, WRITTEN, GENERATED, PUBLISHED, OTHER }

    private static final Map<String, Field> LABELS = labels();
    /** A law database prints its labels in lenticular brackets (【发文字号】 国函[2009]125号): the closing one may follow a label. */
    private static final String LABEL_CLOSE = "】?";
    /** Any label, its characters possibly spaced out, at a boundary (not inside a Han word). */
    private static final Pattern LABEL = Pattern.compile("(?<![\\p{IsHan}])(?:" + LABELS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(MetadataBlock::spacedOut).collect(Collectors.joining("|")) + ")(?=" + LABEL_CLOSE + "[\\s\\u3000]*[:：|]|" + LABEL_CLOSE + "[\\s\\u3000]+\\S|" + LABEL_CLOSE + "[\\s\\u3000]*$)");
    /** The characters a label opens with. */
    private static final String LABEL_OPENINGS = LABELS.keySet().stream().map(l -> l.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    private static final Pattern COLON_AFTER = Pattern.compile("^[\\s\\u3000]*[:：]");
    private static final Pattern CELL_MARKS = Pattern.compile("^[\\s\\u3000|:：•·●▪\\-*】]+|[\\s\\u3000|【]+$");
    private static final Pattern LINE_OPENING = Pattern.compile("^[\\s\\u3000|•·●▪\\-*【]*");
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇零一二三四五六七八九○Ｏ]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    /** Longest line read as one label and its value set apart by a space only (发布时间 2022-01-29). */
    private static final int MAX_LABELLED_LINE = 40;
    private static final Pattern EMPTY_VALUE = Pattern.compile("^(?:无|暂无|—+|-+|/)?$");

    private MetadataBlock() {
    }

    private static Map<String, Field> labels() {
        Map<String, Field> m = new LinkedHashMap<>();
        Stream.of("发文字号", "文号", "发文号", "文件编号", "字号").forEach(l -> m.put(l, Field.NUMBER));
        Stream.of("发文机关", "发文机构", "发文单位", "制发机关", "成文单位", "颁发部门", "颁布单位").forEach(l -> m.put(l, Field.ISSUER));
        // the body that put the page online: often the issuer, but as often its government or a website
        Stream.of("发布机构", "发布机关", "发布单位", "发布部门").forEach(l -> m.put(l, Field.PUBLISHER));
        Stream.of("信息名称", "标题", "名称", "文件名称", "公文名称", "题名").forEach(l -> m.put(l, Field.TITLE));
        Stream.of("成文日期", "成文时间").forEach(l -> m.put(l, Field.WRITTEN));
        m.put("生成日期", Field.GENERATED);
        Stream.of("发布日期", "发布时间", "公开日期").forEach(l -> m.put(l, Field.PUBLISHED));
        Stream.of("索引号", "信息索引号", "主题分类", "信息分类", "公文目录", "主题词", "关键词", "有效性", "时效性",
                "时效", "是否有效", "是否修改", "内容概览", "内容概述", "公开方式", "公开范围", "公开时限", "公开类别", "体裁分类",
                "组配分类", "所属机构", "发文日期", "生效日期", "生效时间", "失效日期", "失效时间", "废止日期", "废止时间",
                "实施日期", "施行日期", "文种", "主题", "信息来源", "浏览次数", "效力状况", "统一编号", "登记号",
                "责任部门", "公开责任部门", "有效期", "所属主题", "公文种类", "文件类型", "信息类别", "来源", "时间",
                "发文时间", "更新时间", "效力级别", "时效状态", "公开形式", "产生日期", "归属部门",
                // a law database's dates of promulgation and effect: a default such as 1970-08-21 where unknown, never read
                "颁发时间", "颁布时间", "实施时间", "效力属性")
                .forEach(l -> m.put(l, Field.OTHER));
        return m;
    }

    private static String spacedOut(String label) {
        return label.chars().mapToObj(c -> Pattern.quote(Character.toString(c)))
                .collect(Collectors.joining("[\\s\\u3000]*"));
    }

    /** Every metadata block of {@code source} that says something about a document, in text order. */
    static List<PageMetadata> read(SourceText source) {
        List<PageMetadata> blocks = new ArrayList<>();
        int gap = Math.max(1, source.typicalBlankRun()) + 1;
        int n = 1;
        while (n <= source.lineCount()) {
            if (!isMetadataLine(source, n)) {
                n++;
                continue;
            }
            Map<Field, String> values = new LinkedHashMap<>();
            Map<Field, Integer> lines = new LinkedHashMap<>();
            int start = n;
            int end = n;
            int m = n;
            while (m <= source.lineCount()) {
                if (isMetadataLine(source, m) || opensWithLabel(source.line(m))) {
                    m = readLine(source, m, values, lines);
                    end = m;
                    m++;
                } else if (source.line(m).isBlank() && m - end <= gap) {
                    m++;
                } else {
                    break;
                }
            }
            toMetadata(start, end, values, lines).ifPresent(blocks::add);
            n = end + 1;
        }
        return blocks;
    }

    /** True when line {@code n} holds labelled metadata, or the value of a label printed alone above it. */
    static boolean isMetadataLine(SourceText source, int n) {
        return source.facts().is(LineFacts.Question.METADATA, n) || isValueLine(source, n);
    }

    /**
     * True when line {@code n} is the value of a label printed alone on the line above it, as
     * {@link #readLine} reads it (• 发文机构:⏎ 县政府网站): part of the block, not a heading. A line that
     * reads as a title (it ends with a 文种) is left to the heading readers: the body heading may
     * follow a label whose value the page leaves empty (• 内容概述:⏎ 镇巴县人民政府工作规则).
     */
    private static boolean isValueLine(SourceText source, int n) {
        if (source.line(n).isBlank() || source.facts().is(LineFacts.Question.METADATA, n)
                || DocumentKinds.of(TextLines.squeeze(source.line(n))) != null) {
            return false;
        }
        int above = n - 1;
        while (above >= 1 && above >= n - 2 && source.line(above).isBlank()) {
            above--;
        }
        return above >= 1 && source.facts().is(LineFacts.Question.METADATA, above) && isLabelAlone(source.line(above));
    }

    /** True when {@code line} holds one label at its opening and no value after it. */
    private static boolean isLabelAlone(String line) {
        if (line.indexOf('|') >= 0) {
            return false;
        }
        Matcher m = labelMatcher(line);
        if (!nextLabel(m, line, 0) || m.start() != openingEnd(line)) {
            return false;
        }
        int end = m.end();
        return !nextLabel(m, line, end) && clean(line.substring(end)).isEmpty();
    }

    /** True when {@code line} holds labelled metadata. */
    static boolean isMetadataText(String line) {
        if (line.isBlank() || !mayHoldLabel(line)) {
            return false;
        }
        Matcher m = labelMatcher(line);
        int opening = openingEnd(line);
        int labels = 0;
        boolean opensWithColonLabel = false;
        boolean opensWithLabel = false;
        for (int from = 0; nextLabel(m, line, from); from = m.end()) {
            labels++;
            boolean atOpening = m.start() == opening;
            // only the first label can stand at the opening: the first found decides opensWithLabel
            opensWithLabel |= labels == 1 && atOpening;
            if (atOpening && (COLON_AFTER.matcher(line.substring(m.end())).find() || line.substring(m.end()).isBlank()
                    || line.indexOf('|') >= 0)) {
                opensWithColonLabel = true;
            }
        }
        return labels >= 2 || opensWithColonLabel || opensWithLabel && line.strip().length() <= MAX_LABELLED_LINE;
    }

    /** True when {@code line} opens with a label (成文日期 2013-07-02): metadata when it continues a block. */
    private static boolean opensWithLabel(String line) {
        if (!mayHoldLabel(line)) {
            return false;
        }
        Matcher m = labelMatcher(line);
        return nextLabel(m, line, 0) && m.start() == openingEnd(line);
    }

    /** Where the text of {@code line} begins, past blanks and table or list marks. */
    private static int openingEnd(String line) {
        Matcher m = LINE_OPENING.matcher(line);
        return m.find() ? m.end() : 0;
    }

    /** A matcher of {@link #LABEL} for {@link #nextLabel}: its look-behind and look-ahead see the whole line. */
    private static Matcher labelMatcher(String line) {
        return LABEL.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next label from {@code from} on, as {@link Matcher#find(int)} would find it, left in {@code m}: the
     * expression is tried only where a label may begin ({@link #mayBeginLabel}), not at every character.
     */
    private static boolean nextLabel(Matcher m, String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (mayBeginLabel(line, i)) {
                m.region(i, line.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a label may begin at {@code i}: a label's first character, not after a Han character. */
    private static boolean mayBeginLabel(String line, int i) {
        return LABEL_OPENINGS.indexOf(line.charAt(i)) >= 0 && (i == 0 || !isHan(line.charAt(i - 1)));
    }

    /**
     * A cheap test before {@link #LABEL}: true when some character of {@code line} opens a label and
     * stands where a label may begin (not after a Han character). Running text seldom passes it.
     */
    static boolean mayHoldLabel(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (mayBeginLabel(line, i)) {
                return true;
            }
        }
        return false;
    }

    /** True for a Han character; a surrogate counts as not Han, so the test above stays on the safe side. */
    private static boolean isHan(char c) {
        return !Character.isSurrogate(c) && Han.isScriptHan(c);
    }

    /** Reads the label–value pairs of line {@code n}; returns the last line read (a value may be on the next). */
    private static int readLine(SourceText source, int n, Map<Field, String> values, Map<Field, Integer> lines) {
        String line = source.line(n);
        Matcher m = labelMatcher(line);
        List<int[]> spans = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (int from = 0; nextLabel(m, line, from); from = m.end()) {
            spans.add(new int[] {m.start(), m.end()});
            fields.add(LABELS.get(TextLines.squeeze(m.group())));
        }
        int last = n;
        for (int i = 0; i < spans.size(); i++) {
            int to = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
            String value = clean(line.substring(spans.get(i)[1], to));
            if (value.isEmpty() && spans.size() == 1 && line.indexOf('|') < 0) {
                int next = nextNonBlank(source, n + 1);
                if (next > 0 && !nextLabel(labelMatcher(source.line(next)), source.line(next), 0)) {
                    value = clean(source.line(next));
                    last = next;
                }
            }
            Field field = fields.get(i);
            if (field != null && field != Field.OTHER && !EMPTY_VALUE.matcher(value).matches()) {
                values.putIfAbsent(field, value);
                lines.putIfAbsent(field, last);
            }
        }
        return last;
    }

    private static String clean(String value) {
        return CELL_MARKS.matcher(value).replaceAll("").strip();
    }

    private static int nextNonBlank(SourceText source, int from) {
        for (int n = from; n <= source.lineCount() && n <= from + 2; n++) {
            if (!source.line(n).isBlank()) {
                return n;
            }
        }
        return 0;
    }

    private static Optional<PageMetadata> toMetadata(int start, int end, Map<Field, String> values,
                                                     Map<Field, Integer> lines) {
        String printedNumber = values.get(Field.NUMBER);
        DocNumber number = printedNumber == null ? null : DocNumber.parse(printedNumber).orElse(null);
        if (printedNumber != null && number == null && !DocNumber.isBroken(printedNumber)) {
            printedNumber = null;
        }
        String issuer = bodyName(values.get(Field.ISSUER));
        String publisher = bodyName(values.get(Field.PUBLISHER));
        String title = values.containsKey(Field.TITLE) ? TextLines.squeeze(values.get(Field.TITLE)) : null;
        LocalDate written = date(values.get(Field.WRITTEN));
        LocalDate generated = date(values.get(Field.GENERATED));
        if (printedNumber == null && issuer == null && publisher == null && title == null && written == null
                && generated == null) {
            return Optional.empty();
        }
        return Optional.of(new PageMetadata(start, end, number, printedNumber, issuer, publisher, title,
                lines.getOrDefault(Field.TITLE, 0), written, generated, date(values.get(Field.PUBLISHED))));
    }

    private static String bodyName(String value) {
        if (value == null) {
            return null;
        }
        String name = TextLines.squeeze(value);
        return Issuers.isBodyName(name) ? name : null;
    }

    /** The date a metadata value gives: 2017年06月28日, 2026-02-08, 2021-02-07 09:54, 二〇一〇年四月三十日. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            Matcher iso = ISO_DATE.matcher(value);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher zh = CHINESE_DATE.matcher(value);
            if (zh.find()) {
                return LocalDate.of(SignatureDate.number(zh.group(1)), SignatureDate.number(zh.group(2)),
                        SignatureDate.number(zh.group(3)));
            }
        } catch (DateTimeException | NumberFormatException unreadable) {
            return null;
        }
        return null;
    }
}
