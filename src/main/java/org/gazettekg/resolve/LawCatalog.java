package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;
import static org.gazettekg.resolve.LawTitles.bound;
import static org.gazettekg.resolve.LawTitles.distance;
import static org.gazettekg.resolve.LawTitles.key;
import static org.gazettekg.resolve.LawTitles.misprintedPrefix;
import static org.gazettekg.resolve.LawTitles.numerals;
import static org.gazettekg.resolve.LawTitles.parts;
import static org.gazettekg.resolve.LawTitles.shortKey;
import static org.gazettekg.resolve.LawTitles.stripSuffix;

import java.io.Reader;
import java.nio.file.Path;
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

import org.apache.commons.csv.CSVRecord;
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
            LawTitles.Parts p = parts(shortKey);
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
        LawTitles.Parts p = parts(core);
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
}
