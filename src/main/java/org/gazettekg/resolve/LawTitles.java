package org.gazettekg.resolve;

import static org.gazettekg.resolve.LawCatalog.NATIONAL;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.Simplified;
import org.gazettekg.parse.TitleKey;

/**
 * How {@link LawCatalog} compares titles: the normalised key of a title, its edition and status
 * suffixes, its stem and kind word, and the distance of conversion typos between two stems.
 */
final class LawTitles {

    /**
     * Kind words a title ends with, longest first: a fuzzy match keeps the kind, so 实施条例 never becomes
     * 条例 or 法, 办法 never 条例.
     */
    static final List<String> KINDS = List.of("实施条例", "实施细则", "实施办法", "暂行条例", "暂行办法",
            "暂行规定", "若干规定", "特别规定", "补充规定", "修正案", "条例", "细则", "办法", "规定", "规则", "决定", "决议",
            "解释", "解答", "批复", "规范", "标准", "准则", "通知", "命令", "法典", "法", "典");

    /** An edition suffix: (2019年修正), (2018修订), (2015年修正本), (2019), (修订). */
    static final Pattern EDITION = Pattern.compile(
            "\\((?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?"
                    + "(?:第[一二三四五六七八九十\\d]+次)?(?:修正|修订|修改)?(?:本|版|文本)?\\)$");
    /** A status suffix: (试行), (暂行). */
    static final Pattern STATUS = Pattern.compile("\\((?:试行|暂行)\\)$");
    /** A trailing group that is part of a name: (九), (一), (1999年). */
    static final Pattern TRAILING_GROUP = Pattern.compile("\\([^()]*\\)$");
    /** Numerals, which a fuzzy match may not change (刑法修正案（九） is not （十）). */
    static final Pattern NUMERALS = Pattern.compile("[0-9〇○零一二三四五六七八九十百千]");

    private LawTitles() {
    }

    /**
     * The largest edit distance a fuzzy match allows for a short form of {@code length} characters: none
     * below 5 (a one-character change of 物权法 or 水法 is another law as often as a typo), 1 up to 12, 2 beyond.
     */
    static int bound(int length) {
        if (length < 5) {
            return 0;
        }
        return length <= 12 ? 1 : 2;
    }

    /**
     * The length of a misprinted 中华人民共和国 at the start of {@code k}: a prefix one edit away from it
     * (中华人共和国, 中华人民共国, 中华人民民共和国, 中华人民共和国国) that begins with 中 and ends with 国; 0 when
     * there is none.
     */
    static int misprintedPrefix(String k) {
        if (!k.startsWith("中")) {
            return 0;
        }
        for (int len = NATIONAL.length() - 1; len <= NATIONAL.length() + 1 && len < k.length(); len++) {
            if (k.charAt(len - 1) == '国' && distance(k.substring(0, len), NATIONAL, 1) == 1) {
                return len;
            }
        }
        return 0;
    }

    /**
     * The form in which the resolve stage compares titles (the law catalog's keys, the legal-force rules): the
     * parser's {@link TitleKey} (NFKC, no whitespace, one dash, no quotes), read as simplified characters, with
     * no title marks, brackets as ( ), and no punctuation a line break or a sentence left at the end.
     */
    static String key(String title) {
        String s = Simplified.of(TitleKey.of(title));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '〈', '〉', '«', '»', '‹', '›' -> {
                    // title marks, at the edges or nested (TitleKey turned 《》 and <> into 〈〉)
                }
                case '[', '【', '〔', '［' -> b.append('(');
                case ']', '】', '〕', '］' -> b.append(')');
                default -> b.append(c);
            }
        }
        int end = b.length();
        while (end > 0 && "，。、；：,.;:".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        return b.substring(0, end);
    }

    /** A body's name or a 文号 as the rules read it: NFKC, simplified characters, brackets as ( ), no edge spaces. */
    static String name(String s) {
        String n = Simplified.of(Normalizer.normalize(s, Normalizer.Form.NFKC)).strip();
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(switch (c) {
                case '[', '【', '〔', '［' -> '(';
                case ']', '】', '〕', '］' -> ')';
                default -> c;
            });
        }
        return b.toString();
    }

    /** {@code k} without 中华人民共和国 wherever it occurs (titles of judicial interpretations nest it). */
    static String shortKey(String k) {
        return k.replace(NATIONAL, "");
    }

    /** {@code k} without its last edition or status suffix, or null when it has none. */
    static String stripSuffix(String k) {
        for (Pattern p : List.of(EDITION, STATUS)) {
            Matcher m = p.matcher(k);
            if (m.find() && m.start() > 0 && m.end() - m.start() > 2) {
                return k.substring(0, m.start());
            }
        }
        return null;
    }

    record Parts(String stem, String kind, String group) {
    }

    /** A short form split into its stem, kind word and trailing group: 刑法修正案(九) → 刑法, 修正案, (九). */
    static Parts parts(String s) {
        String group = "";
        Matcher m = TRAILING_GROUP.matcher(s);
        if (m.find() && m.start() > 0) {
            group = m.group();
            s = s.substring(0, m.start());
        }
        for (String kind : KINDS) {
            if (s.endsWith(kind)) {
                return new Parts(s.substring(0, s.length() - kind.length()), kind, group);
            }
        }
        return new Parts(s, "", group);
    }

    static String numerals(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = NUMERALS.matcher(s);
        while (m.find()) {
            b.append(m.group());
        }
        return b.toString();
    }

    /**
     * The number of conversion typos between {@code a} and {@code b}: characters dropped from one of
     * them (or, the same thing, doubled or inserted in the other) and swaps of two adjacent characters,
     * each counting one. A changed character is not a typo of this kind (资 for 作 makes another law), so
     * {@code a} and {@code b} at any distance by substitution, or with characters both dropped and added,
     * are {@code max + 1} apart. Returns {@code max + 1} once the distance exceeds {@code max}.
     */
    static int distance(String a, String b, int max) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int n = longer.length();
        int m = shorter.length();
        if (n - m > max) {
            return max + 1;
        }
        int inf = max + 1;
        // d[i][j]: typos to turn longer[0, i) into shorter[0, j) by dropping characters and swapping pairs
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = Math.min(i, inf);
            for (int j = 1; j <= m; j++) {
                if (i == 0) {
                    d[i][j] = inf;
                    continue;
                }
                int v = d[i - 1][j] + 1;
                if (longer.charAt(i - 1) == shorter.charAt(j - 1)) {
                    v = Math.min(v, d[i - 1][j - 1]);
                }
                if (i > 1 && j > 1 && longer.charAt(i - 1) == shorter.charAt(j - 2)
                        && longer.charAt(i - 2) == shorter.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = Math.min(v, inf);
            }
        }
        return d[n][m];
    }
}
