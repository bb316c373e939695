package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the administrative divisions a document names, and the changes it decrees on them.
 *
 * <p>County-level divisions of Shanxi are found by their full names (with suffix: 上党区, 沁县,
 * 高平市) and former full names (长治县), in the document's lines joined with all whitespace
 * removed, so that a name broken across lines or a blank line reads whole. Rules, not lists:
 * <ul>
 *   <li>at each position the longest known name wins (新绛县, not 绛县);</li>
 *   <li>a name whose stem is one character (应县) is refused where its suffix begins a generic
 *       compound with the next character (相应<u>县区</u>, 对应<u>县级</u>): the suffix then belongs
 *       to the compound; a repeated suffix (应县<u>县委</u>) is the name followed by a new word;</li>
 *   <li>districts whose stem is one character (城区, 矿区, 郊区) read as generic words, and
 *       development zones, cities and the province are never rows;</li>
 *   <li>a bare short form (壶关) counts only inside an enumeration of divisions that names at
 *       least one of them in full or ends with a division noun (襄垣、武乡两县), never as the
 *       first word of a brand or a proper name (上党小米, 右玉生态文化旅游开发区).</li>
 * </ul>
 *
 * <p>Changes are read from sentences that speak of 行政区域, the formula of a change notice:
 * 撤销 X, 设立 Y, and villages (村民委员会) moved from one township into another.
 */
public final class DivisionMatcher {

    /** Event of a unit abolished. */
    public static final String ABOLISHED = "撤销";
    /** Event of a unit established. */
    public static final String ESTABLISHED = "设立";
    /** Event of a village moved into another unit. */
    public static final String MOVED_INTO = "划入";

    /** Characters a county-level suffix forms a generic word with (县区, 县市, 县乡, 县域, 县级, 县城: 振兴县城). */
    private static final String GENERIC_AFTER_SUFFIX = "区市乡镇域级城";
    /** Common words that begin with one of those characters and so do not make a compound (沁县市场监管局). */
    private static final List<String> WORDS_AFTER_SUFFIX = List.of("市场", "区域", "乡镇", "乡村", "城关");
    /** Separators inside an enumeration of divisions. */
    private static final String ENUMERATION_SEPARATORS = "、和及与";
    /** Division nouns that close an enumeration of short forms: 等县, 两县, 三县（市、区）. */
    private static final Pattern DIVISION_NOUN_AFTER =
            Pattern.compile("等?(?:[0-9一二两三四五六七八九十]+个?)?(?:县|区|市|政府|党委)");
    /** Where a township name may end: before punctuation or a function word. */
    private static final String NAME_BOUNDARY_WORDS = "和及与并的为,";
    /** Words a township name follows: 原 (former), 将/把 (object marker), 以/从/由 (from). */
    private static final String NAME_OPENING_WORDS = "原将把以从由";
    private static final Pattern TOWNSHIP_SUFFIX = Pattern.compile("(?:街道|镇|乡)");
    private static final Pattern CHANGE_VERB = Pattern.compile("撤销|设立");
    /** 树掌镇的东柏坡、西柏坡…5个村民委员会: a township, then the villages it gives up. */
    private static final Pattern VILLAGES_OF_TOWNSHIP = Pattern.compile(
            "的((?:\\p{IsHan}{1,8}?、)*\\p{IsHan}{1,8}?)(?:[0-9]+|[一二两三四五六七八九十]+)个(?:行政)?(?:村民委员会|村委会|村)");
    private static final Pattern TARGET_AREA = Pattern.compile("为(\\p{IsHan}{1,10}?)的行政区域");
    private static final Pattern MOVED_TARGET = Pattern.compile("划(?:入|归)(\\p{IsHan}{1,10}?(?:街道|镇|乡))");
    private static final String CHANGE_FORMULA = "行政区域";
    private static final String TITLE_OPENING = "关于";
    /** Ends of the sentences a change clause is read from; 如下: opens the list of clauses. */
    private static final String SENTENCE_ENDS = "。；;：:";
    private static final int MAX_TOWNSHIP_NAME = 10;

    private enum Form { FULL, FORMER, SHORT }

    private record Entry(String name, String unitName, String code, Form form) {
    }

    private record Token(int start, Entry entry) {
        int end() {
            return start + entry.name().length();
        }
    }

    private record Name(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    private final Gazetteer gazetteer;
    private final Map<String, Entry> entries = new HashMap<>();
    /** For each character, the length of the longest name starting with it (0: none does). */
    private final byte[] longestByFirstChar = new byte[Character.MAX_VALUE + 1];

    /** A matcher over the built-in Shanxi gazetteer. */
    public DivisionMatcher() {
        this(Gazetteer.standard());
    }

    /** A matcher over {@code gazetteer}. */
    public DivisionMatcher(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        indexNames();
        for (String name : entries.keySet()) {
            char first = name.charAt(0);
            longestByFirstChar[first] = (byte) Math.max(longestByFirstChar[first], name.length());
        }
    }

    private void indexNames() {
        Set<String> higherShortForms = new LinkedHashSet<>();
        Set<String> currentNames = new LinkedHashSet<>();
        for (String level : List.of(Gazetteer.PROVINCE, Gazetteer.CITY)) {
            for (Gazetteer.Unit u : gazetteer.units(level)) {
                higherShortForms.add(u.shortForm());
                currentNames.add(u.name());
            }
        }
        List<Gazetteer.Unit> counties = gazetteer.units(Gazetteer.COUNTY);
        counties.forEach(u -> currentNames.add(u.name()));
        for (Gazetteer.Unit u : counties) {
            if (isGenericDistrict(u.name())) {
                continue;
            }
            entries.put(u.name(), new Entry(u.name(), u.name(), u.code(), Form.FULL));
            String shortForm = u.shortForm();
            if (!shortForm.equals(u.name()) && !higherShortForms.contains(shortForm)) {
                entries.putIfAbsent(shortForm, new Entry(shortForm, u.name(), u.code(), Form.SHORT));
            }
        }
        for (Gazetteer.FormerName f : gazetteer.allFormerNames()) {
            boolean countyLevel = gazetteer.byCode(f.currentCode())
                    .filter(u -> u.level().equals(Gazetteer.COUNTY)).isPresent();
            if (countyLevel && !isGenericDistrict(f.name()) && !currentNames.contains(f.name())) {
                entries.putIfAbsent(f.name(), new Entry(f.name(), f.name(), f.currentCode(), Form.FORMER));
            }
        }
    }

    /** 城区, 矿区, 郊区: a district whose stem is a single character is an ordinary word. */
    private static boolean isGenericDistrict(String name) {
        return name.length() == 2 && name.endsWith("区");
    }

    /**
     * The divisions named in lines {@code startLine}..{@code endLine} of {@code source}, the
     * document titled {@code title}: one row per county-level division at its first mention
     * (event null), then one row per unit a change clause abolishes (撤销), establishes (设立) or
     * moves (划入, villages), and a row with event null for a unit that only gives up villages.
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

    /** {@link #find} and {@link #changes} of the same lines, reading the text once. */
    public Reading read(SourceText source, int startLine, int endLine, String title) {
        requireNonNull(source, "source");
        DivisionText text = DivisionText.of(source, startLine, endLine);
        List<Token> tokens = countyTokens(text.text());
        List<DivisionChange> changes = changes(text, tokens);
        Map<String, DivisionMention> rows = new LinkedHashMap<>();
        for (Token t : tokens) {
            Entry e = t.entry();
            // One row per division: a former name (屯留县) after the current one (屯留区) adds none.
            rows.putIfAbsent(e.code(),
                    new DivisionMention(text.lineAt(t.start()), e.unitName(), e.code(), Gazetteer.COUNTY, null));
        }
        changes.forEach(change -> addChangeRows(change, rows));
        return new Reading(List.copyOf(rows.values()), changes);
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
        DivisionText text = DivisionText.of(source, startLine, endLine);
        return changes(text, countyTokens(text.text()));
    }

    // ---------------------------------------------------------------- county-level names

    /** The county-level names the text uses, in order, each a full name or a counted short form. */
    private List<Token> countyTokens(String text) {
        List<Token> all = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Entry e = longestEntryAt(text, i);
            if (e == null || refusedByNextCharacter(e, text, i)) {
                i++;
                continue;
            }
            all.add(new Token(i, e));
            i += e.name().length();
        }
        return keepCountedShortForms(all, text);
    }

    private Entry longestEntryAt(String text, int i) {
        int longest = i < text.length() ? longestByFirstChar[text.charAt(i)] : 0;
        for (int len = Math.min(longest, text.length() - i); len >= 2; len--) {
            Entry e = entries.get(text.substring(i, i + len));
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** 相应县区: a one-character stem whose suffix starts a generic compound is not a name. */
    private static boolean refusedByNextCharacter(Entry e, String text, int start) {
        if (e.form() == Form.SHORT || e.name().length() != 2) {
            return false;
        }
        int next = start + e.name().length();
        return next < text.length() && GENERIC_AFTER_SUFFIX.indexOf(text.charAt(next)) >= 0
                && WORDS_AFTER_SUFFIX.stream().noneMatch(w -> text.startsWith(w, next));
    }

    /**
     * Keeps full names, and short forms that stand in an enumeration of divisions which names one
     * of them in full or is closed by a division noun (等县, 两县, 政府).
     */
    private static List<Token> keepCountedShortForms(List<Token> tokens, String text) {
        List<Token> kept = new ArrayList<>();
        int groupStart = 0;
        for (int k = 0; k < tokens.size(); k++) {
            boolean groupEnds = k + 1 == tokens.size() || !separatedByOneSeparator(tokens.get(k), tokens.get(k + 1), text);
            if (groupEnds) {
                List<Token> group = tokens.subList(groupStart, k + 1);
                boolean countsShortForms = group.stream().anyMatch(t -> t.entry().form() != Form.SHORT)
                        || divisionNounAt(text, group.get(group.size() - 1).end());
                Token last = group.get(group.size() - 1);
                for (Token t : group) {
                    boolean shortForm = t.entry().form() == Form.SHORT;
                    if (!shortForm || (countsShortForms && (t != last || endsAsName(last, text)))) {
                        kept.add(t);
                    }
                }
                groupStart = k + 1;
            }
        }
        return kept;
    }

    private static boolean separatedByOneSeparator(Token a, Token b, String text) {
        return b.start() == a.end() + 1 && ENUMERATION_SEPARATORS.indexOf(text.charAt(a.end())) >= 0;
    }

    /** A short form closing an enumeration must not run on into another word (…、上党小米). */
    private static boolean endsAsName(Token t, String text) {
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

    // ---------------------------------------------------------------- change clauses

    private List<DivisionChange> changes(DivisionText text, List<Token> countyTokens) {
        List<DivisionChange> changes = new ArrayList<>();
        String s = text.text();
        int sentenceStart = 0;
        while (sentenceStart < s.length()) {
            int sentenceEnd = endOfSentence(s, sentenceStart);
            String sentence = s.substring(sentenceStart, sentenceEnd);
            boolean formula = sentence.contains(CHANGE_FORMULA);
            if (formula || isReplacementClause(sentence)) {
                DivisionChange change = readChange(text, sentenceStart, sentence, countyTokens);
                if (change != null && (formula || isReplacement(change))) {
                    changes.add(change);
                }
            }
            sentenceStart = sentenceEnd;
        }
        return changes;
    }

    private static int endOfSentence(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    private DivisionChange readChange(DivisionText text, int offset, String sentence, List<Token> countyTokens) {
        Token county = lastCountyBefore(countyTokens, offset + sentence.length());
        DivisionMention within = county == null ? null : new DivisionMention(text.lineAt(county.start()),
                county.entry().unitName(), county.entry().code(), Gazetteer.COUNTY, null);
        String countyCode = county == null ? null : county.entry().code();
        List<DivisionMention> abolished = new ArrayList<>();
        List<DivisionMention> established = new ArrayList<>();
        Matcher verb = CHANGE_VERB.matcher(sentence);
        while (verb.find()) {
            List<DivisionMention> target = verb.group().equals(ABOLISHED) ? abolished : established;
            for (Name n : namesAfter(sentence, verb.end())) {
                target.add(unit(text, offset, n, countyCode, verb.group()));
            }
        }
        List<DivisionChange.VillageMove> moves = villageMoves(text, offset, sentence, countyCode, established);
        if (abolished.isEmpty() && established.isEmpty() && moves.isEmpty()) {
            return null;
        }
        return new DivisionChange(text.lineAt(offset), within, abolished, established, moves);
    }

    /**
     * True when a sentence both abolishes and establishes, outside any title: a title (关于撤销…的批复,
     * 《…的请示》) names a change but does not decree it.
     */
    private static boolean isReplacementClause(String sentence) {
        return sentence.contains(ABOLISHED) && sentence.contains(ESTABLISHED)
                && !sentence.contains(TITLE_OPENING) && sentence.indexOf('《') < 0;
    }

    /**
     * True when a change abolishes a unit and establishes another: a clause of a 批复 may say so
     * without the 行政区域 formula (同意撤销瑶峰镇，设立瑶峰街道).
     */
    private static boolean isReplacement(DivisionChange change) {
        return !change.abolished().isEmpty() && !change.established().isEmpty();
    }

    /** The county-level unit named last before {@code end}: the one a change clause happens in. */
    private static Token lastCountyBefore(List<Token> tokens, int end) {
        Token last = null;
        for (Token t : tokens) {
            if (t.start() >= end) {
                break;
            }
            last = t;
        }
        return last;
    }

    /** The unit names enumerated right after a verb: 撤销A乡、B镇和C乡. */
    private List<Name> namesAfter(String sentence, int from) {
        List<Name> names = new ArrayList<>();
        int pos = from;
        while (true) {
            pos = skipHigherUnits(sentence, pos);
            Name n = unitNameAt(sentence, pos);
            if (n == null) {
                return names;
            }
            names.add(n);
            if (n.end() < sentence.length() && ENUMERATION_SEPARATORS.indexOf(sentence.charAt(n.end())) >= 0) {
                pos = n.end() + 1;
            } else {
                return names;
            }
        }
    }

    /** Skips 长治市 / 上党区 printed before the unit a verb acts on (撤销上党区韩店镇). */
    private int skipHigherUnits(String s, int pos) {
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            for (String level : List.of(Gazetteer.PROVINCE, Gazetteer.CITY)) {
                for (Gazetteer.Unit u : gazetteer.units(level)) {
                    if (s.startsWith(u.name(), pos)) {
                        pos += u.name().length();
                        skipped = true;
                    }
                }
            }
            Entry e = longestEntryAt(s, pos);
            if (e != null && e.form() != Form.SHORT && pos + e.name().length() < s.length()
                    && unitNameAt(s, pos + e.name().length()) != null) {
                pos += e.name().length();
                skipped = true;
            }
            // 城区, 矿区, 郊区 are read as divisions only where a township of theirs follows (撤销矿区贵石沟街道).
            for (Gazetteer.Unit u : gazetteer.units(Gazetteer.COUNTY)) {
                if (isGenericDistrict(u.name()) && s.startsWith(u.name(), pos)
                        && unitNameAt(s, pos + u.name().length()) != null) {
                    pos += u.name().length();
                    skipped = true;
                }
            }
        }
        return pos;
    }

    /**
     * The unit name starting at {@code pos}: a township (…街道/镇/乡) ending where a boundary follows,
     * or a county-level name the gazetteer knows.
     */
    private Name unitNameAt(String s, int pos) {
        Entry county = pos < s.length() ? longestEntryAt(s, pos) : null;
        if (county != null && county.form() != Form.SHORT && isBoundary(s, pos + county.name().length())) {
            return new Name(pos, county.name());
        }
        Matcher suffix = TOWNSHIP_SUFFIX.matcher(s);
        int limit = Math.min(s.length(), pos + MAX_TOWNSHIP_NAME);
        suffix.region(pos, limit);
        while (suffix.find()) {
            if (suffix.start() > pos && isBoundary(s, suffix.end()) && allHan(s, pos, suffix.end())) {
                String name = s.substring(pos, suffix.end());
                return name.contains("乡镇") ? null : new Name(pos, name);
            }
        }
        return null;
    }

    private static boolean isBoundary(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        // 撤销瑶峰镇设立瑶峰街道: in a title the next verb follows the name with no punctuation.
        return !isHan(c) || NAME_BOUNDARY_WORDS.indexOf(c) >= 0 || ENUMERATION_SEPARATORS.indexOf(c) >= 0
                || CHANGE_VERB.matcher(s).region(i, s.length()).lookingAt();
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private DivisionMention unit(DivisionText text, int offset, Name n, String countyCode, String event) {
        Entry county = entries.get(n.text());
        if (county != null && county.form() != Form.SHORT) {
            return new DivisionMention(text.lineAt(offset + n.start()), n.text(), county.code(), Gazetteer.COUNTY, event);
        }
        return new DivisionMention(text.lineAt(offset + n.start()), n.text(), townshipCode(n.text(), countyCode),
                Gazetteer.TOWNSHIP, event);
    }

    /** The code of the current township {@code name}: in the county named, else unique in the province. */
    private String townshipCode(String name, String countyCode) {
        List<Gazetteer.Unit> named = gazetteer.byFullName(name).stream()
                .filter(u -> u.level().equals(Gazetteer.TOWNSHIP)).toList();
        if (countyCode != null) {
            for (Gazetteer.Unit u : named) {
                if (countyCode.equals(u.parentCode())) {
                    return u.code();
                }
            }
        }
        return named.size() == 1 ? named.get(0).code() : null;
    }

    /** 树掌镇的东柏坡、西柏坡…5个村民委员会 (…为大峡谷镇的行政区域 / …划入大峡谷镇). */
    private List<DivisionChange.VillageMove> villageMoves(DivisionText text, int offset, String sentence,
                                                         String countyCode, List<DivisionMention> established) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        DivisionMention to = moveTarget(text, offset, sentence, countyCode, established);
        Matcher m = VILLAGES_OF_TOWNSHIP.matcher(sentence);
        while (m.find()) {
            Name from = townshipEndingAt(sentence, m.start());
            if (from == null) {
                continue;
            }
            DivisionMention fromUnit = unit(text, offset, from, countyCode, null);
            int pos = m.start(1);
            for (String village : m.group(1).split("、")) {
                moves.add(new DivisionChange.VillageMove(new DivisionMention(text.lineAt(offset + pos), village, null,
                        Gazetteer.VILLAGE, MOVED_INTO), fromUnit, to));
                pos += village.length() + 1;
            }
        }
        return moves;
    }

    private DivisionMention moveTarget(DivisionText text, int offset, String sentence, String countyCode,
                                       List<DivisionMention> established) {
        for (Pattern p : List.of(MOVED_TARGET, TARGET_AREA)) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return unit(text, offset, new Name(m.start(1), m.group(1)), countyCode, null);
            }
        }
        return established.size() == 1 ? established.get(0) : null;
    }

    /** The township name that ends right before {@code end} (…,树掌镇的 → 树掌镇; 将甲乡的 → 甲乡). */
    private static Name townshipEndingAt(String s, int end) {
        if (!TOWNSHIP_SUFFIX.matcher(s.substring(Math.max(0, end - 2), end)).find()) {
            return null;
        }
        int start = end;
        while (start > 0 && end - start < MAX_TOWNSHIP_NAME && isHan(s.charAt(start - 1))
                && NAME_BOUNDARY_WORDS.indexOf(s.charAt(start - 1)) < 0
                && ENUMERATION_SEPARATORS.indexOf(s.charAt(start - 1)) < 0
                && NAME_OPENING_WORDS.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        return start < end - 1 ? new Name(start, s.substring(start, end)) : null;
    }
}
