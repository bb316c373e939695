package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.gazettekg.parse.Simplified;
import org.gazettekg.resolve.LawMatch.Method;

/**
 * The catalog of national laws and regulations ({@value #FILE_NAME}, generated from LawRefBook/Laws by
 * {@code scripts/laws/generate.py}), and the matcher that links a cited title to one of its entries.
 *
 * <p>An entry is a name (网络安全法) with all its versions; a match returns the current version (the
 * newest not superseded; the newest where every version is superseded). A cited title is tried, in order:
 * <ol>
 * <li>as printed, once normalised: title marks (《》〈〉) and spaces removed wherever they are, traditional
 * characters read as simplified, brackets unified ({@link #key(String)});
 * <li>against the official title ({@link Method#EXACT}) and then with or without 中华人民共和国
 * ({@link Method#SHORT_NAME});
 * <li>again with an edition or status suffix removed ((2019年修正), (2018修订), (试行), (暂行)): the suffix is
 * removed only after the title failed with it, since some official names carry it (处方药与非处方药分类管理办法（试行）,
 * 宪法修正案（1999年）). Drafts ((草案), (征求意见稿)) are not the law and keep their suffix;
 * <li>by edit distance ({@link Method#FUZZY}), see {@link #fuzzy(String)}.
 * </ol>
 * A key shared by two entries links to neither: the catalog never merges two entries.
 */
public final class LawCatalog {

    /** The name of the catalog file among the reference data. */
    public static final String FILE_NAME = "laws.tsv";

    /** The prefix of national laws' official titles. */
    static final String NATIONAL = "中华人民共和国";

    /**
     * Kind words a title ends with, longest first: a fuzzy match keeps the kind, so 实施条例 never becomes
     * 条例 or 法, 办法 never 条例.
     */
    private static final List<String> KINDS = List.of("实施条例", "实施细则", "实施办法", "暂行条例", "暂行办法",
            "暂行规定", "若干规定", "特别规定", "补充规定", "修正案", "条例", "细则", "办法", "规定", "规则", "决定", "决议",
            "解释", "解答", "批复", "规范", "标准", "准则", "通知", "命令", "法典", "法", "典");

    /** An edition suffix: (2019年修正), (2018修订), (2015年修正本), (2019), (修订). */
    private static final Pattern EDITION = Pattern.compile(
            "\\((?:(?:\\d{4}|[〇○零一二三四五六七八九]{4})年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?"
                    + "(?:第[一二三四五六七八九十\\d]+次)?(?:修正|修订|修改)?(?:本|版|文本)?\\)$");
    /** A status suffix: (试行), (暂行). */
    private static final Pattern STATUS = Pattern.compile("\\((?:试行|暂行)\\)$");
    /** A trailing group that is part of a name: (九), (一), (1999年). */
    private static final Pattern TRAILING_GROUP = Pattern.compile("\\([^()]*\\)$");
    /** Numerals, which a fuzzy match may not change (刑法修正案（九） is not （十）). */
    private static final Pattern NUMERALS = Pattern.compile("[0-9〇○零一二三四五六七八九十百千]");

    /** One row of the catalog: a version of a law. */
    public record Version(String name, String fullName, String legalForce, LocalDate published,
            LocalDate validFrom, boolean superseded) {
        public Version {
            requireNonNull(name, "name");
            requireNonNull(fullName, "fullName");
            requireNonNull(legalForce, "legalForce");
        }

        /** The official title: the full name where the catalog gives one, else the name. */
        public String title() {
            return fullName.isEmpty() ? name : fullName;
        }
    }

    /** An entry: one name and its versions, the current one first. */
    private record Entry(String name, List<Version> versions) {
        Version current() {
            return versions.get(0);
        }
    }

    private static volatile LawCatalog standard;

    private final Map<String, Entry> entries;
    /** key of the official title → names of entries. */
    private final Map<String, Set<String>> byTitle = new HashMap<>();
    /** key of the name without 中华人民共和国 → names of entries. */
    private final Map<String, Set<String>> byShort = new HashMap<>();
    /** entries by kind word and trailing group, for the fuzzy search: kind|group → (stem, name). */
    private final Map<String, List<String[]>> stems = new HashMap<>();

    private LawCatalog(List<Version> rows) {
        Map<String, List<Version>> byName = new LinkedHashMap<>();
        for (Version v : rows) {
            byName.computeIfAbsent(v.name(), n -> new ArrayList<>()).add(v);
        }
        Map<String, Entry> all = new LinkedHashMap<>();
        Comparator<Version> newestFirst = Comparator.comparing(Version::superseded)
                .thenComparing(Version::published, Comparator.nullsLast(Comparator.reverseOrder()));
        byName.forEach((name, versions) -> {
            List<Version> sorted = new ArrayList<>(versions);
            sorted.sort(newestFirst);
            all.put(name, new Entry(name, List.copyOf(sorted)));
        });
        this.entries = all;
        for (Entry e : all.values()) {
            Set<String> titles = new LinkedHashSet<>();
            for (Version v : e.versions()) {
                titles.add(key(v.title()));
            }
            for (String t : titles) {
                byTitle.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(e.name());
            }
            String shortKey = shortKey(key(e.name()));
            byShort.computeIfAbsent(shortKey, k -> new LinkedHashSet<>()).add(e.name());
            Parts p = parts(shortKey);
            stems.computeIfAbsent(p.kind() + "|" + p.group(), k -> new ArrayList<>())
                    .add(new String[] {p.stem(), e.name()});
        }
    }

    /** The built-in catalog ({@value ReferenceData#CLASSPATH_FOLDER}{@value #FILE_NAME}), loaded once. */
    public static LawCatalog standard() {
        LawCatalog c = standard;
        if (c == null) {
            synchronized (LawCatalog.class) {
                c = standard;
                if (c == null) {
                    c = load(Optional.empty());
                    standard = c;
                }
            }
        }
        return c;
    }

    /** The catalog from {@code folder/}{@value #FILE_NAME} where that file exists, else the built-in one. */
    public static LawCatalog load(Optional<Path> folder) {
        return read(ReferenceData.open(folder, FILE_NAME));
    }

    /** The catalog of {@code tsv} (the layout of {@value #FILE_NAME}), which is closed. */
    public static LawCatalog read(Reader tsv) {
        List<Version> rows = new ArrayList<>();
        for (CSVRecord r : Tsv.records(tsv)) {
            String name = Tsv.field(r, "name");
            if (name.isEmpty()) {
                continue;
            }
            rows.add(new Version(name, Tsv.field(r, "full_name"), Tsv.field(r, "legal_force"),
                    date(Tsv.field(r, "published")), date(Tsv.field(r, "valid_from")),
                    "1".equals(Tsv.field(r, "superseded"))));
        }
        return new LawCatalog(rows);
    }

    private static LocalDate date(String iso) {
        return iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    /** Every row of the catalog, each entry's versions together, the current one first. */
    public List<Version> versions() {
        return entries.values().stream().flatMap(e -> e.versions().stream()).toList();
    }

    /** The versions of the entry {@code name} (the catalog's name), the current one first; empty if none. */
    public List<Version> versions(String name) {
        Entry e = entries.get(name);
        return e == null ? List.of() : e.versions();
    }

    /** How many entries (names) the catalog holds. */
    public int size() {
        return entries.size();
    }

    /**
     * The catalog entry {@code citedTitle} names, with the facts of its current version, or empty when
     * it names none or could name more than one.
     */
    public Optional<LawMatch> match(String citedTitle) {
        requireNonNull(citedTitle, "citedTitle");
        String key = key(citedTitle);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // the title as printed, then without its edition and status suffixes, one at a time
        for (String k = key; k != null; k = stripSuffix(k)) {
            Lookup found = exact(k);
            if (found.ambiguous()) {
                return Optional.empty();
            }
            if (found.entry() != null) {
                return Optional.of(found.toMatch(citedTitle));
            }
        }
        Lookup found = fuzzy(key);
        return found.entry() == null ? Optional.empty() : Optional.of(found.toMatch(citedTitle));
    }

    /** What a lookup found: one entry and how, nothing (entry null), or more than one entry (ambiguous). */
    private record Lookup(Entry entry, Method method, boolean ambiguous) {
        static final Lookup NONE = new Lookup(null, null, false);
        static final Lookup AMBIGUOUS = new Lookup(null, null, true);

        LawMatch toMatch(String printed) {
            Version v = entry.current();
            return new LawMatch(v.name(), v.fullName(), v.legalForce(), v.published(), v.validFrom(),
                    v.superseded(), method, printed);
        }
    }

    private Lookup exact(String k) {
        // the official title
        Lookup f = unique(byTitle.get(k), Method.EXACT);
        if (f.entry() != null || f.ambiguous()) {
            return f;
        }
        // the same with or without 中华人民共和国
        return unique(byShort.get(shortKey(k)), Method.SHORT_NAME);
    }

    private Lookup unique(Set<String> names, Method method) {
        if (names == null || names.isEmpty()) {
            return Lookup.NONE;
        }
        if (names.size() > 1) {
            return Lookup.AMBIGUOUS;
        }
        return new Lookup(entries.get(names.iterator().next()), method, false);
    }

    /**
     * The one entry {@code key} is a conversion typo of, if there is exactly one.
     *
     * <ul>
     * <li>The national prefix is set aside first, also where it is misprinted: 中华人共和国, 中华人民共国,
     * 中华人民民共和国 (within one edit of 中华人民共和国) followed by a catalog name is that entry.
     * <li>Otherwise the rest (the short form) is compared with each entry's short name: same kind word at
     * the end (条例 stays 条例, 实施条例 is not 法), same trailing group ((九), (一)), same numerals, same
     * first character (市消防条例 is not 消防条例), and an edit distance between the stems (dropped,
     * doubled or swapped characters, a swap counting one) of at most {@link #bound(int)} of the short
     * form's length.
     * <li>Two entries within the bound: no match.
     * </ul>
     * Edition and status suffixes are removed before the comparison.
     */
    private Lookup fuzzy(String key) {
        String k = key;
        for (String s = stripSuffix(k); s != null; s = stripSuffix(s)) {
            k = s;
        }
        String plain = shortKey(k);
        Set<String> within = new LinkedHashSet<>(near(plain));
        int cut = misprintedPrefix(k);
        if (cut > 0) {
            String core = shortKey(k.substring(cut));
            Lookup f = unique(byShort.get(core), Method.FUZZY);
            if (f.entry() != null || f.ambiguous()) {
                return f;
            }
            within.addAll(near(core));
        }
        return unique(within, Method.FUZZY);
    }

    /** The names of the entries whose short name is within the bound of {@code core} (see {@link #fuzzy}). */
    private Set<String> near(String core) {
        int bound = bound(core.length());
        if (bound == 0) {
            return Set.of();
        }
        Parts p = parts(core);
        if (p.stem().isEmpty()) {
            return Set.of();
        }
        String numerals = numerals(p.stem());
        Set<String> within = new LinkedHashSet<>();
        for (String[] c : stems.getOrDefault(p.kind() + "|" + p.group(), List.of())) {
            String stem = c[0];
            if (stem.isEmpty() || stem.charAt(0) != p.stem().charAt(0)
                    || Math.abs(stem.length() - p.stem().length()) > bound || !numerals(stem).equals(numerals)) {
                continue;
            }
            if (distance(p.stem(), stem, bound) <= bound) {
                within.add(c[1]);
            }
        }
        return within;
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
    private static int misprintedPrefix(String k) {
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

    /** The normalised form of a title: NFKC, simplified, no spaces or title marks, brackets as ( ). */
    static String key(String title) {
        String s = Simplified.of(Normalizer.normalize(title, Normalizer.Form.NFKC));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '《', '》', '〈', '〉', '<', '>', '«', '»', '‹', '›', '「', '」', '『', '』', '"', '“', '”' -> {
                    // title marks and quotes, at the edges or nested
                }
                case '[', '【', '〔', '［', '（' -> b.append('(');
                case ']', '】', '〕', '］', '）' -> b.append(')');
                default -> b.append(c);
            }
        }
        // trailing punctuation a line break or a sentence left behind
        int end = b.length();
        while (end > 0 && "，。、；：,.;:".indexOf(b.charAt(end - 1)) >= 0) {
            end--;
        }
        return b.substring(0, end);
    }

    /** {@code k} without 中华人民共和国 wherever it occurs (titles of judicial interpretations nest it). */
    private static String shortKey(String k) {
        return k.replace(NATIONAL, "");
    }

    /** {@code k} without its last edition or status suffix, or null when it has none. */
    private static String stripSuffix(String k) {
        for (Pattern p : List.of(EDITION, STATUS)) {
            Matcher m = p.matcher(k);
            if (m.find() && m.start() > 0 && m.end() - m.start() > 2) {
                return k.substring(0, m.start());
            }
        }
        return null;
    }

    private record Parts(String stem, String kind, String group) {
    }

    /** A short form split into its stem, kind word and trailing group: 刑法修正案(九) → 刑法, 修正案, (九). */
    private static Parts parts(String s) {
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

    private static String numerals(String s) {
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
