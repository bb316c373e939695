package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the administrative divisions a document names, and the changes it decrees on them.
 *
 * <p>County-level divisions of all of China are found by their full names (with suffix: 上党区, 沁县,
 * 高平市) and former full names (长治县), in the document's lines joined with all whitespace
 * removed, so that a name broken across lines or a blank line reads whole. Every name of the
 * gazetteer is sought in one pass of an Aho–Corasick automaton ({@link DivisionNames}). Rules, not lists:
 * <ul>
 *   <li>at each position the longest known name wins (新绛县, not 绛县);</li>
 *   <li>a name whose stem is one character (应县) is refused where its suffix begins a generic
 *       compound with the next character (相应<u>县区</u>, 对应<u>县级</u>): the suffix then belongs
 *       to the compound; a repeated suffix (应县<u>县委</u>) is the name followed by a new word; any
 *       name is refused where its suffix begins a common word (合作<u>市场</u>);</li>
 *   <li>a name whose one-character stem is a conjunction (和县) counts only after its own city or
 *       province, or standing alone: 乡镇和县直部门 names no county;</li>
 *   <li>districts whose stem is one character (城区, 矿区, 郊区) read as generic words, and
 *       development zones, cities and provinces are never rows;</li>
 *   <li>a bare short form (壶关) counts only inside an enumeration of divisions that names at
 *       least one of them in full or ends with a division noun (襄垣、武乡两县), never as the
 *       first word of a brand or a proper name (上党小米, 右玉生态文化旅游开发区).</li>
 * </ul>
 *
 * <p>A name borne by several units (新华区, 城关镇, any township name) is resolved by the
 * document's jurisdiction, its <em>scope</em>: the unit inside the scope's county, else its city,
 * else its province. Where the scope cannot decide, a county-level name stays unresolved (a row
 * without code) and a short form is dropped; a county-level name unique in the whole country needs
 * no scope. A township is resolved only inside the county its change clause names, or inside the scope.
 *
 * <p>Changes are read from sentences that speak of 行政区域, the formula of a change notice:
 * 撤销 X, 设立 Y, and villages (村民委员会) moved from one township into another; and from the
 * clauses of a State Council 批复 on county-level units: 撤销…地区, 设立地级…市, and the counties the
 * new city 辖 (原…地区的A县、B县) or that are 划归 another city.
 */
public final class DivisionMatcher {

    /** Event of a unit abolished. */
    public static final String ABOLISHED = "撤销";
    /** Event of a unit established. */
    public static final String ESTABLISHED = "设立";
    /** Event of a unit moved into another unit. */
    public static final String MOVED_INTO = "划入";

    /** Characters a county-level suffix forms a generic word with (县区, 县市, 县乡, 县域, 县级, 县城: 振兴县城). */
    private static final String GENERIC_AFTER_SUFFIX = "区市乡镇域级城";
    /** Suffixes of county-level names: a short form followed by one is part of another name. */
    private static final String COUNTY_SUFFIXES = "县区市旗";
    /** Common words that begin with one of those characters and so do not make a compound (沁县市场监管局). */
    private static final List<String> WORDS_AFTER_SUFFIX = List.of("市场", "区域", "乡镇", "乡村", "城关");
    /** Common words a county-level suffix begins: a name ending in their first character ends there (合作市场). */
    private static final List<String> WORDS_FROM_SUFFIX = List.of("市场", "市民", "市政", "市容", "区域");
    /** One-character stems that are conjunctions (和县): the name must not be read out of 乡镇和县直部门. */
    private static final String CONJUNCTION_STEMS = "和与及并";
    /** Division nouns that close an enumeration of short forms: 等县, 两县, 三县（市、区）; not 县城, 县域, 市场. */
    private static final Pattern DIVISION_NOUN_AFTER =
            Pattern.compile("等?(?:[0-9一二两三四五六七八九十]+个?)?(?:县|区|市|政府|党委)(?![城域级场民])");
    /** A division noun with a count or 等 (两县, 等县): what a lone short form needs (会同市人社局 is no 会同县). */
    private static final Pattern COUNTED_DIVISION_NOUN =
            Pattern.compile("(?:等|等?[0-9一二两三四五六七八九十]+个?)(?:县|区|市)(?![城域级场民])");
    /** What a one-character-stem name may follow inside running text: a separator, a function word, a preposition. */
    private static final String BEFORE_ONE_CHARACTER_STEM = "、和及与并的为在于对向从到赴至原将把以由销立辖";

    private static volatile DivisionNames standardNames;

    private final DivisionNames names;
    private final Gazetteer gazetteer;
    private final ChangeClauses clauses;

    /** A matcher over the built-in gazetteer of China. */
    public DivisionMatcher() {
        this(standardNames());
    }

    /** A matcher over {@code gazetteer}. */
    public DivisionMatcher(Gazetteer gazetteer) {
        this(new DivisionNames(requireNonNull(gazetteer, "gazetteer")));
    }

    private DivisionMatcher(DivisionNames names) {
        this.names = names;
        this.gazetteer = names.gazetteer();
        this.clauses = new ChangeClauses(names);
    }

    /** The names of the built-in gazetteer, compiled once: every parser of a load shares them. */
    private static DivisionNames standardNames() {
        DivisionNames n = standardNames;
        if (n == null) {
            synchronized (DivisionMatcher.class) {
                n = standardNames;
                if (n == null) {
                    n = new DivisionNames(Gazetteer.standard());
                    standardNames = n;
                }
            }
        }
        return n;
    }

    /** The gazetteer this matcher resolves names against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The divisions named in lines {@code startLine}..{@code endLine} of {@code source}, the
     * document titled {@code title}: one row per county-level division at its first mention
     * (event null), then one row per unit a change clause abolishes (撤销), establishes (设立) or
     * moves (划入), and a row with event null for a unit that only gives up villages.
     * The title is read where the heading prints it, inside the range; it may be null.
     */
    public List<DivisionMention> find(SourceText source, int startLine, int endLine, String title) {
        return read(source, startLine, endLine, title).mentions();
    }

    /**
     * What a document's lines say of divisions.
     *
     * @param mentions the rows {@link #find} returns
     * @param changes  the changes {@link #changes} returns
     */
    public record Reading(List<DivisionMention> mentions, List<DivisionChange> changes) {
    }

    /** {@link #read(SourceText, int, int, String, String)} with no jurisdiction. */
    public Reading read(SourceText source, int startLine, int endLine, String title) {
        return read(source, startLine, endLine, title, null);
    }

    /**
     * {@link #find} and {@link #changes} of the same lines, reading the text once.
     *
     * @param scopeCode the division code of the document's jurisdiction (2-digit province, 4-digit
     *                  city, 6-digit county), or null where it is not known
     */
    public Reading read(SourceText source, int startLine, int endLine, String title, String scopeCode) {
        requireNonNull(source, "source");
        DivisionDoc r = reading(DivisionText.of(source, startLine, endLine), scopeCode);
        List<CountyToken> tokens = countyTokens(r);
        List<DivisionChange> changes = clauses.changes(r, tokens);
        Map<String, DivisionMention> rows = new LinkedHashMap<>();
        for (CountyToken t : tokens) {
            if (t.resolved() == null && (t.entry().form() == DivisionNames.Form.SHORT || t.entry().scopedOnly())) {
                continue;
            }
            // One row per division: a former name (屯留县) after the current one (屯留区) adds none.
            String key = t.code() != null ? t.code() : "name\t" + t.entry().name();
            rows.putIfAbsent(key, new DivisionMention(r.text().lineAt(t.start()), t.rowName(), t.code(),
                    Gazetteer.COUNTY, null));
        }
        changes.forEach(change -> addChangeRows(change, rows));
        return new Reading(List.copyOf(rows.values()), changes);
    }

    private DivisionDoc reading(DivisionText text, String scopeCode) {
        String scope = scopeCode == null || scopeCode.isBlank() ? null : scopeCode.strip();
        return new DivisionDoc(text, names.index(text.text()), scope);
    }

    private static void addChangeRows(DivisionChange change, Map<String, DivisionMention> rows) {
        change.abolished().forEach(m -> rows.putIfAbsent(key(m), m));
        change.established().forEach(m -> rows.putIfAbsent(key(m), m));
        for (DivisionChange.VillageMove move : change.villageMoves()) {
            DivisionMention from = move.from();
            boolean fromAlreadyListed = rows.values().stream().anyMatch(r -> r.name().equals(from.name()));
            if (!fromAlreadyListed) {
                rows.put(key(from), from);
            }
            rows.putIfAbsent(key(move.village()), move.village());
        }
    }

    private static String key(DivisionMention m) {
        return m.level() + "\t" + m.name() + "\t" + m.event();
    }

    /** The changes to divisions decreed in lines {@code startLine}..{@code endLine} of {@code source}. */
    public List<DivisionChange> changes(SourceText source, int startLine, int endLine) {
        requireNonNull(source, "source");
        DivisionDoc r = reading(DivisionText.of(source, startLine, endLine), null);
        return clauses.changes(r, countyTokens(r));
    }

    // ---------------------------------------------------------------- jurisdiction

    // ---------------------------------------------------------------- county-level names

    /** The county-level names the text uses, in order, each a full name or a counted short form. */
    private List<CountyToken> countyTokens(DivisionDoc r) {
        String text = r.text().text();
        List<CountyToken> all = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            DivisionNames.Entry e = r.index().countyAt(i);
            int previousEnd = all.isEmpty() ? -1 : all.get(all.size() - 1).end();
            if (e == null || refusedByNextCharacter(e, text, i) || refusedInsideWord(e, r, i, previousEnd)
                    || shortFormOverlapsAFullName(e, r, i)) {
                i++;
                continue;
            }
            all.add(new CountyToken(i, e, null));
            i += e.name().length();
        }
        List<CountyToken> read = new ArrayList<>();
        for (CountyToken t : keepCountedShortForms(all, text)) {
            if (inJurisdiction(t, r)) {
                read.add(new CountyToken(t.start(), t.entry(), DivisionScope.resolve(t.entry(), r.scope(), qualifier(t, r))));
            }
        }
        return read;
    }

    /**
     * True when a name can be read in the document's jurisdiction: where no scope is known, or a unit
     * of that name lies in the scope's province, or a city or province printed before it says where
     * it lies (甘肃省白银市平川区). A document names places of its own province bare and qualifies
     * others, so a bare name of another province (在中部平川区: a plain, not 白银市平川区) is none.
     */
    private boolean inJurisdiction(CountyToken t, DivisionDoc r) {
        if (r.scope() == null) {
            return true;
        }
        String province = r.scope().substring(0, Math.min(2, r.scope().length()));
        return t.entry().candidates().stream().anyMatch(c -> c.code().startsWith(province)) || qualifier(t, r) != null;
    }

    /**
     * The code of the city or province printed right before a name (白银市 of 白银市平川区, 临夏州 of
     * 临夏州积石山县), or null.
     */
    private String qualifier(CountyToken t, DivisionDoc r) {
        int length = r.index().higherEndingAt(t.start());
        if (length == 0) {
            return null;
        }
        List<Gazetteer.Unit> units = names.higherUnits(r.text().text().substring(t.start() - length, t.start()));
        return units.size() == 1 ? units.get(0).code() : null;
    }

    /**
     * 和平鲁区: a short form (和平) that runs into a full name (平鲁区) gives way to it; so does one that
     * begins a longer name of a prefecture (恩施 of 恩施州 is not 恩施市).
     */
    private static boolean shortFormOverlapsAFullName(DivisionNames.Entry e, DivisionDoc r, int start) {
        if (e.form() != DivisionNames.Form.SHORT) {
            return false;
        }
        if (r.index().higherAt(start) > e.name().length()) {
            return true;
        }
        for (int j = start + 1; j < start + e.name().length(); j++) {
            DivisionNames.Entry inside = r.index().countyAt(j);
            if (inside != null && inside.form() != DivisionNames.Form.SHORT) {
                return true;
            }
        }
        return false;
    }

    /** 相应县区: a one-character stem whose suffix starts a generic compound is not a name; nor 合作市场. */
    private static boolean refusedByNextCharacter(DivisionNames.Entry e, String text, int start) {
        int next = start + e.name().length();
        if (e.form() == DivisionNames.Form.SHORT) {
            // 徐水县 where the gazetteer holds 徐水区: the stem with another suffix names another (former) unit.
            return next < text.length() && COUNTY_SUFFIXES.indexOf(text.charAt(next)) >= 0;
        }
        if (next >= text.length()) {
            return false;
        }
        int suffix = next - 1;
        if (WORDS_FROM_SUFFIX.stream().anyMatch(w -> text.startsWith(w, suffix))) {
            return true;
        }
        return e.name().length() == 2 && GENERIC_AFTER_SUFFIX.indexOf(text.charAt(next)) >= 0
                && WORDS_AFTER_SUFFIX.stream().noneMatch(w -> text.startsWith(w, next));
    }

    /**
     * 完成县政府, 莅临县里, 乡镇和县直部门: a name whose stem is one character, preceded by another
     * character of a word, is read out of that word (完成, 莅临, 和) unless a city or province name
     * ends right before it, or another division's name, or a line, a separator, a function word or
     * a verb of change (撤销) precedes it, or its suffix repeats (应县县委: the name, then a new
     * word). A stem that is itself a conjunction (和县) needs the city.
     */
    private static boolean refusedInsideWord(DivisionNames.Entry e, DivisionDoc r, int start, int previousEnd) {
        if (e.name().length() != 2 || e.form() == DivisionNames.Form.SHORT || start == 0) {
            return false;
        }
        String text = r.text().text();
        char before = text.charAt(start - 1);
        if (!isHan(before) || r.index().higherEndsAt(start)) {
            return false;
        }
        if (previousEnd == start || r.text().lineAt(start - 1) != r.text().lineAt(start)) {
            return CONJUNCTION_STEMS.indexOf(e.name().charAt(0)) >= 0 && previousEnd != start;
        }
        if (CONJUNCTION_STEMS.indexOf(e.name().charAt(0)) >= 0) {
            return true;
        }
        boolean suffixRepeats = text.startsWith(e.name().substring(1), start + 2);
        return BEFORE_ONE_CHARACTER_STEM.indexOf(before) < 0 && !suffixRepeats;
    }

    /**
     * Keeps full names, and short forms that stand in an enumeration of divisions which names one
     * of them in full or is closed by a division noun (等县, 两县, 政府).
     */
    private static List<CountyToken> keepCountedShortForms(List<CountyToken> tokens, String text) {
        List<CountyToken> kept = new ArrayList<>();
        int groupStart = 0;
        for (int k = 0; k < tokens.size(); k++) {
            boolean groupEnds = k + 1 == tokens.size() || !separatedByOneSeparator(tokens.get(k), tokens.get(k + 1), text);
            if (groupEnds) {
                List<CountyToken> group = tokens.subList(groupStart, k + 1);
                int after = group.get(group.size() - 1).end();
                boolean countsShortForms = group.stream().anyMatch(t -> !isShort(t))
                        || (group.size() == 1 ? COUNTED_DIVISION_NOUN.matcher(text).region(after, text.length()).lookingAt()
                                : divisionNounAt(text, after));
                CountyToken last = group.get(group.size() - 1);
                for (CountyToken t : group) {
                    if (!isShort(t) || (countsShortForms && (t != last || endsAsName(last, text)))) {
                        kept.add(t);
                    }
                }
                groupStart = k + 1;
            }
        }
        return kept;
    }

    private static boolean isShort(CountyToken t) {
        return t.entry().form() == DivisionNames.Form.SHORT;
    }

    private static boolean separatedByOneSeparator(CountyToken a, CountyToken b, String text) {
        return b.start() == a.end() + 1 && ClauseUnits.ENUMERATION_SEPARATORS.indexOf(text.charAt(a.end())) >= 0;
    }

    /** A short form closing an enumeration must not run on into another word (…、上党小米). */
    private static boolean endsAsName(CountyToken t, String text) {
        int next = t.end();
        return next >= text.length() || !isHan(text.charAt(next))
                || divisionNounAt(text, next);
    }

    private static boolean divisionNounAt(String text, int from) {
        return DIVISION_NOUN_AFTER.matcher(text).region(from, text.length()).lookingAt();
    }

    private static boolean isHan(char c) {
        return Han.isHan(c);
    }
}
