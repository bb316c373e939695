package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    /** Common words that begin with one of those characters and so do not make a compound (沁县市场监管局). */
    private static final List<String> WORDS_AFTER_SUFFIX = List.of("市场", "区域", "乡镇", "乡村", "城关");
    /** Common words a county-level suffix begins: a name ending in their first character ends there (合作市场). */
    private static final List<String> WORDS_FROM_SUFFIX = List.of("市场", "市民", "市政", "市容", "区域");
    /** One-character stems that are conjunctions (和县): the name must not be read out of 乡镇和县直部门. */
    private static final String CONJUNCTION_STEMS = "和与及并";
    /** Separators inside an enumeration of divisions. */
    private static final String ENUMERATION_SEPARATORS = "、和及与";
    /** Division nouns that close an enumeration of short forms: 等县, 两县, 三县（市、区）; not 县城, 县域, 市场. */
    private static final Pattern DIVISION_NOUN_AFTER =
            Pattern.compile("等?(?:[0-9一二两三四五六七八九十]+个?)?(?:县|区|市|政府|党委)(?![城域级场民])");
    /** A division noun with a count or 等 (两县, 等县): what a lone short form needs (会同市人社局 is no 会同县). */
    private static final Pattern COUNTED_DIVISION_NOUN =
            Pattern.compile("(?:等|等?[0-9一二两三四五六七八九十]+个?)(?:县|区|市)(?![城域级场民])");
    /** What a one-character-stem name may follow inside running text: a separator, a function word, a preposition. */
    private static final String BEFORE_ONE_CHARACTER_STEM = "、和及与并的为在于对向从到赴至原将把以由销立辖";
    /** Where a township name may end: before punctuation or a function word. */
    private static final String NAME_BOUNDARY_WORDS = "和及与并的为,";
    /** Words a township name follows: 原 (former), 将/把 (object marker), 以/从/由 (from). */
    private static final String NAME_OPENING_WORDS = "原将把以从由";
    private static final Pattern TOWNSHIP_SUFFIX = Pattern.compile("(?:街道|镇|乡)");
    /** A county-level unit the gazetteer no longer holds (撤销武都县) or a prefecture (撤销陇南地区). */
    private static final Pattern FORMER_COUNTY = Pattern.compile("\\p{IsHan}{1,8}?(?:自治县|县|旗)");
    private static final Pattern PREFECTURE = Pattern.compile("\\p{IsHan}{1,10}?(?:地区|自治州|盟)");
    /** 地级陇南市, 县级潞城市: the level printed before a city's name. */
    private static final String PREFECTURE_LEVEL = "地级";
    private static final String COUNTY_LEVEL = "县级";
    private static final Pattern CHANGE_VERB = Pattern.compile("撤销|设立");
    /** 树掌镇的东柏坡、西柏坡…5个村民委员会: a township, then the villages it gives up. */
    private static final Pattern VILLAGES_OF_TOWNSHIP = Pattern.compile(
            "的((?:\\p{IsHan}{1,8}?、)*\\p{IsHan}{1,8}?)(?:[0-9]+|[一二两三四五六七八九十]+)个(?:行政)?(?:村民委员会|村委会|村)");
    private static final Pattern TARGET_AREA = Pattern.compile("为(\\p{IsHan}{1,10}?)的行政区域");
    private static final Pattern MOVED_TARGET = Pattern.compile("划(?:入|归)(\\p{IsHan}{1,10}?(?:街道|镇|乡))");
    /** 陇南市辖原陇南地区的成县、文县…: the counties a new city takes over from the unit it replaces. */
    private static final String TAKES_OVER = "辖原";
    private static final Pattern CITY_TAKES_OVER = Pattern.compile(TAKES_OVER);
    /** 将A县、B县划归X市管辖: counties moved into another city. */
    private static final String MOVED_INTO_WORD = "划入";
    private static final String MOVED_UNDER = "划归";
    private static final Pattern COUNTIES_MOVED = Pattern.compile(MOVED_INTO_WORD + "|" + MOVED_UNDER);
    private static final String CHANGE_FORMULA = "行政区域";
    /** Words one of which every change clause holds. */
    private static final List<String> CLAUSE_WORDS = List.of(CHANGE_FORMULA, "撤销", MOVED_INTO_WORD, MOVED_UNDER, TAKES_OVER);
    private static final String TITLE_OPENING = "关于";
    /** Ends of the sentences a change clause is read from; 如下: opens the list of clauses. */
    private static final String SENTENCE_ENDS = "。；;：:";
    private static final int MAX_TOWNSHIP_NAME = 10;

    private enum Kind { COUNTY, FORMER_COUNTY, CITY, PREFECTURE, TOWNSHIP }

    private record Token(int start, DivisionNames.Entry entry, DivisionNames.Candidate resolved) {
        int end() {
            return start + entry.name().length();
        }

        String code() {
            return resolved == null ? null : resolved.code();
        }

        String rowName() {
            return resolved == null ? entry.name() : resolved.rowName();
        }
    }

    private record Name(int start, String text, Kind kind) {
        int end() {
            return start + text.length();
        }
    }

    /** One document's text with the names found in it and the jurisdiction it is read in. */
    private record Doc(DivisionText text, DivisionNames.Index index, String scope) {
    }

    private static volatile DivisionNames standardNames;

    private final DivisionNames names;
    private final Gazetteer gazetteer;

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
        Doc r = reading(DivisionText.of(source, startLine, endLine), scopeCode);
        List<Token> tokens = countyTokens(r);
        List<DivisionChange> changes = changes(r, tokens);
        Map<String, DivisionMention> rows = new LinkedHashMap<>();
        for (Token t : tokens) {
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

    private Doc reading(DivisionText text, String scopeCode) {
        String scope = scopeCode == null || scopeCode.isBlank() ? null : scopeCode.strip();
        return new Doc(text, names.index(text.text()), scope);
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
        Doc r = reading(DivisionText.of(source, startLine, endLine), null);
        return changes(r, countyTokens(r));
    }

    // ---------------------------------------------------------------- jurisdiction

    /** The areas a scope is widened through: its county, its city, its province (610118 → 610118, 6101, 61). */
    static List<String> widening(String scope) {
        if (scope == null) {
            return List.of();
        }
        List<String> areas = new ArrayList<>();
        for (int digits : new int[] {9, 6, 4, 2}) {
            if (scope.length() >= digits) {
                areas.add(scope.substring(0, digits));
            }
        }
        return areas;
    }

    /**
     * The candidate a county-level name stands for: the only one inside the narrowest area of the
     * scope that holds any, else the only one in the country; null where several remain.
     */
    private static DivisionNames.Candidate resolve(DivisionNames.Entry e, String scope) {
        return resolve(e, scope, null);
    }

    /** {@link #resolve(DivisionNames.Entry, String)}, first inside the city or province printed before the name. */
    private static DivisionNames.Candidate resolve(DivisionNames.Entry e, String scope, String qualifier) {
        List<DivisionNames.Candidate> all = e.candidates();
        List<String> areas = new ArrayList<>();
        if (qualifier != null) {
            areas.add(qualifier);
        }
        areas.addAll(widening(scope));
        for (String area : areas) {
            List<DivisionNames.Candidate> inside = all.stream().filter(c -> c.code().startsWith(area)).toList();
            if (!inside.isEmpty()) {
                return inside.size() == 1 ? inside.get(0) : null;
            }
        }
        return all.size() == 1 && !e.scopedOnly() ? all.get(0) : null;
    }

    // ---------------------------------------------------------------- county-level names

    /** The county-level names the text uses, in order, each a full name or a counted short form. */
    private List<Token> countyTokens(Doc r) {
        String text = r.text().text();
        List<Token> all = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            DivisionNames.Entry e = r.index().countyAt(i);
            int previousEnd = all.isEmpty() ? -1 : all.get(all.size() - 1).end();
            if (e == null || refusedByNextCharacter(e, text, i) || refusedInsideWord(e, r, i, previousEnd)
                    || shortFormOverlapsAFullName(e, r, i)) {
                i++;
                continue;
            }
            all.add(new Token(i, e, null));
            i += e.name().length();
        }
        List<Token> read = new ArrayList<>();
        for (Token t : keepCountedShortForms(all, text)) {
            if (inJurisdiction(t, r)) {
                read.add(new Token(t.start(), t.entry(), resolve(t.entry(), r.scope(), qualifier(t, r))));
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
    private boolean inJurisdiction(Token t, Doc r) {
        if (r.scope() == null) {
            return true;
        }
        String province = r.scope().substring(0, Math.min(2, r.scope().length()));
        return t.entry().candidates().stream().anyMatch(c -> c.code().startsWith(province)) || qualifier(t, r) != null;
    }

    /** The code of the city or province printed right before a name (白银市 of 白银市平川区), or null. */
    private String qualifier(Token t, Doc r) {
        int length = r.index().higherEndingAt(t.start());
        if (length == 0) {
            return null;
        }
        List<Gazetteer.Unit> units = names.higherUnits(r.text().text().substring(t.start() - length, t.start()));
        return units.size() == 1 ? units.get(0).code() : null;
    }

    /** 和平鲁区: a short form (和平) that runs into a full name (平鲁区) gives way to it. */
    private static boolean shortFormOverlapsAFullName(DivisionNames.Entry e, Doc r, int start) {
        if (e.form() != DivisionNames.Form.SHORT) {
            return false;
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
        if (e.form() == DivisionNames.Form.SHORT) {
            return false;
        }
        int next = start + e.name().length();
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
    private static boolean refusedInsideWord(DivisionNames.Entry e, Doc r, int start, int previousEnd) {
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
    private static List<Token> keepCountedShortForms(List<Token> tokens, String text) {
        List<Token> kept = new ArrayList<>();
        int groupStart = 0;
        for (int k = 0; k < tokens.size(); k++) {
            boolean groupEnds = k + 1 == tokens.size() || !separatedByOneSeparator(tokens.get(k), tokens.get(k + 1), text);
            if (groupEnds) {
                List<Token> group = tokens.subList(groupStart, k + 1);
                int after = group.get(group.size() - 1).end();
                boolean countsShortForms = group.stream().anyMatch(t -> !isShort(t))
                        || (group.size() == 1 ? COUNTED_DIVISION_NOUN.matcher(text).region(after, text.length()).lookingAt()
                                : divisionNounAt(text, after));
                Token last = group.get(group.size() - 1);
                for (Token t : group) {
                    if (!isShort(t) || (countsShortForms && (t != last || endsAsName(last, text)))) {
                        kept.add(t);
                    }
                }
                groupStart = k + 1;
            }
        }
        return kept;
    }

    private static boolean isShort(Token t) {
        return t.entry().form() == DivisionNames.Form.SHORT;
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

    private List<DivisionChange> changes(Doc r, List<Token> countyTokens) {
        List<DivisionChange> changes = new ArrayList<>();
        String s = r.text().text();
        // Most documents decree no change: one look for the clauses' words spares reading them sentence by sentence.
        if (CLAUSE_WORDS.stream().noneMatch(s::contains)) {
            return changes;
        }
        int sentenceStart = 0;
        while (sentenceStart < s.length()) {
            int sentenceEnd = endOfSentence(s, sentenceStart);
            String sentence = s.substring(sentenceStart, sentenceEnd);
            boolean formula = sentence.contains(CHANGE_FORMULA);
            if (formula || isReplacementClause(sentence) || isCountyMoveClause(sentence)) {
                DivisionChange change = readChange(r, sentenceStart, sentence, countyTokens);
                if (change != null && (formula || isReplacement(change) || !change.villageMoves().isEmpty())) {
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

    private DivisionChange readChange(Doc r, int offset, String sentence, List<Token> countyTokens) {
        Token county = lastCountyBefore(countyTokens, offset + sentence.length());
        DivisionMention within = county == null ? null : new DivisionMention(r.text().lineAt(county.start()),
                county.rowName(), county.code(), Gazetteer.COUNTY, null);
        String countyCode = county == null ? null : county.code();
        List<DivisionMention> abolished = new ArrayList<>();
        List<DivisionMention> established = new ArrayList<>();
        Matcher verb = CHANGE_VERB.matcher(sentence);
        while (verb.find()) {
            List<DivisionMention> target = verb.group().equals(ABOLISHED) ? abolished : established;
            for (Name n : namesAfter(r, offset, sentence, verb.end())) {
                target.add(unit(r, offset, n, countyCode, verb.group()));
            }
        }
        List<DivisionChange.VillageMove> moves = new ArrayList<>(
                villageMoves(r, offset, sentence, countyCode, established));
        moves.addAll(countyMoves(r, offset, sentence, abolished));
        if (abolished.isEmpty() && established.isEmpty() && moves.isEmpty()) {
            return null;
        }
        return new DivisionChange(r.text().lineAt(offset), within, abolished, established, moves);
    }

    /**
     * True when a sentence both abolishes and establishes, outside any title: a title (关于撤销…的批复,
     * 《…的请示》) names a change but does not decree it.
     */
    private static boolean isReplacementClause(String sentence) {
        return sentence.contains(ABOLISHED) && sentence.contains(ESTABLISHED) && !isTitle(sentence);
    }

    /** 陇南市辖原陇南地区的…, 将A县划归X市管辖: a clause that moves county-level units. */
    private static boolean isCountyMoveClause(String sentence) {
        return (sentence.contains(TAKES_OVER) || sentence.contains(MOVED_INTO_WORD) || sentence.contains(MOVED_UNDER))
                && !isTitle(sentence);
    }

    private static boolean isTitle(String sentence) {
        return sentence.contains(TITLE_OPENING) || sentence.indexOf('《') >= 0;
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
    private List<Name> namesAfter(Doc r, int offset, String sentence, int from) {
        List<Name> found = new ArrayList<>();
        int pos = from;
        while (true) {
            pos = skipHigherUnits(r, offset, sentence, pos);
            Name n = unitNameAt(r, offset, sentence, pos);
            if (n == null) {
                return found;
            }
            found.add(n);
            if (n.end() < sentence.length() && ENUMERATION_SEPARATORS.indexOf(sentence.charAt(n.end())) >= 0) {
                pos = n.end() + 1;
            } else {
                return found;
            }
        }
    }

    /** Skips 长治市 / 上党区 printed before the unit a verb acts on (撤销上党区韩店镇), where a unit follows. */
    private int skipHigherUnits(Doc r, int offset, String s, int pos) {
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            int higher = r.index().higherAt(offset + pos);
            if (higher > 0 && followedByUnit(r, offset, s, pos + higher)) {
                pos += higher;
                skipped = true;
            }
            DivisionNames.Entry e = r.index().countyAt(offset + pos);
            if (e != null && e.form() != DivisionNames.Form.SHORT && followedByUnit(r, offset, s, pos + e.name().length())) {
                pos += e.name().length();
                skipped = true;
            }
            // 城区, 矿区, 郊区 are read as divisions only where a township of theirs follows (撤销矿区贵石沟街道).
            int generic = r.index().genericAt(offset + pos);
            if (generic > 0 && followedByUnit(r, offset, s, pos + generic)) {
                pos += generic;
                skipped = true;
            }
        }
        return pos;
    }

    private boolean followedByUnit(Doc r, int offset, String s, int pos) {
        return pos < s.length() && unitNameAt(r, offset, s, pos) != null;
    }

    /**
     * The unit name starting at {@code pos}: a county-level name the gazetteer knows, a province or
     * city (地级陇南市), a prefecture or a county no longer in the gazetteer (陇南地区, 武都县), or a
     * township (…街道/镇/乡), each ending where a boundary follows.
     */
    private Name unitNameAt(Doc r, int offset, String s, int pos) {
        if (pos >= s.length()) {
            return null;
        }
        boolean prefectureLevel = s.startsWith(PREFECTURE_LEVEL, pos);
        boolean countyLevel = s.startsWith(COUNTY_LEVEL, pos);
        int at = prefectureLevel || countyLevel ? pos + 2 : pos;
        DivisionNames.Entry county = r.index().countyAt(offset + at);
        int higher = r.index().higherAt(offset + at);
        if (higher > 0 && !countyLevel && isBoundary(s, at + higher)
                && (prefectureLevel || county == null || county.name().length() < higher)) {
            return new Name(at, s.substring(at, at + higher), Kind.CITY);
        }
        if (county != null && county.form() != DivisionNames.Form.SHORT && isBoundary(s, at + county.name().length())) {
            return new Name(at, county.name(), Kind.COUNTY);
        }
        Name named = patternNameAt(s, at, PREFECTURE, Kind.PREFECTURE);
        if (named == null) {
            named = patternNameAt(s, at, FORMER_COUNTY, Kind.FORMER_COUNTY);
        }
        return named != null ? named : townshipNameAt(s, pos);
    }

    private static Name patternNameAt(String s, int pos, Pattern pattern, Kind kind) {
        Matcher m = pattern.matcher(s).region(pos, Math.min(s.length(), pos + MAX_TOWNSHIP_NAME + 2));
        if (m.lookingAt() && isBoundary(s, m.end()) && allHan(s, pos, m.end())) {
            return new Name(pos, m.group(), kind);
        }
        return null;
    }

    private static Name townshipNameAt(String s, int pos) {
        Matcher suffix = TOWNSHIP_SUFFIX.matcher(s);
        int limit = Math.min(s.length(), pos + MAX_TOWNSHIP_NAME);
        suffix.region(pos, limit);
        while (suffix.find()) {
            if (suffix.start() > pos && isBoundary(s, suffix.end()) && allHan(s, pos, suffix.end())) {
                String name = s.substring(pos, suffix.end());
                return name.contains("乡镇") ? null : new Name(pos, name, Kind.TOWNSHIP);
            }
        }
        return null;
    }

    private static boolean isBoundary(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        // 撤销瑶峰镇设立瑶峰街道, 无为县划归芜湖市: the next verb may follow a name with no punctuation.
        return !isHan(c) || NAME_BOUNDARY_WORDS.indexOf(c) >= 0 || ENUMERATION_SEPARATORS.indexOf(c) >= 0
                || CHANGE_VERB.matcher(s).region(i, s.length()).lookingAt()
                || COUNTIES_MOVED.matcher(s).region(i, s.length()).lookingAt();
    }

    private static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private DivisionMention unit(Doc r, int offset, Name n, String countyCode, String event) {
        int line = r.text().lineAt(offset + n.start());
        return switch (n.kind()) {
            case COUNTY -> {
                DivisionNames.Entry e = names.entry(n.text());
                DivisionNames.Candidate c = resolve(e, r.scope());
                yield new DivisionMention(line, n.text(), c == null ? null : c.code(), Gazetteer.COUNTY, event);
            }
            case FORMER_COUNTY -> new DivisionMention(line, n.text(), null, Gazetteer.COUNTY, event);
            case CITY -> new DivisionMention(line, n.text(), cityCode(n.text(), r.scope()), Gazetteer.CITY, event);
            case PREFECTURE -> new DivisionMention(line, n.text(), null, Gazetteer.CITY, event);
            case TOWNSHIP -> new DivisionMention(line, n.text(), townshipCode(n.text(), countyCode, r.scope()),
                    Gazetteer.TOWNSHIP, event);
        };
    }

    /** The code of the province or city {@code name}: inside the scope, else the only one so named. */
    private String cityCode(String name, String scope) {
        List<Gazetteer.Unit> named = names.higherUnits(name);
        for (String area : widening(scope)) {
            List<Gazetteer.Unit> inside = named.stream().filter(u -> u.code().startsWith(area)).toList();
            if (!inside.isEmpty()) {
                return inside.size() == 1 ? inside.get(0).code() : null;
            }
        }
        return named.size() == 1 ? named.get(0).code() : null;
    }

    /**
     * The code of the current township {@code name}: in the county the clause names, else the only
     * one so named inside the scope; never by its name alone, which many townships share.
     */
    private String townshipCode(String name, String countyCode, String scope) {
        List<Gazetteer.Unit> named = gazetteer.byFullName(name).stream()
                .filter(u -> u.level().equals(Gazetteer.TOWNSHIP)).toList();
        for (String area : countyCode != null ? List.of(countyCode) : List.<String>of()) {
            List<Gazetteer.Unit> inside = named.stream().filter(u -> area.equals(u.parentCode())).toList();
            if (inside.size() == 1) {
                return inside.get(0).code();
            }
        }
        if (scope == null) {
            return null;
        }
        List<Gazetteer.Unit> inside = named.stream().filter(u -> u.code().startsWith(scope)).toList();
        return inside.size() == 1 ? inside.get(0).code() : null;
    }

    /** 树掌镇的东柏坡、西柏坡…5个村民委员会 (…为大峡谷镇的行政区域 / …划入大峡谷镇). */
    private List<DivisionChange.VillageMove> villageMoves(Doc r, int offset, String sentence,
                                                         String countyCode, List<DivisionMention> established) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        Matcher m = VILLAGES_OF_TOWNSHIP.matcher(sentence);
        DivisionMention to = null;
        while (m.find()) {
            Name from = townshipEndingAt(sentence, m.start());
            if (from == null) {
                continue;
            }
            to = to != null ? to : moveTarget(r, offset, sentence, countyCode, established);
            DivisionMention fromUnit = unit(r, offset, from, countyCode, null);
            int pos = m.start(1);
            for (String village : m.group(1).split("、")) {
                moves.add(new DivisionChange.VillageMove(new DivisionMention(r.text().lineAt(offset + pos), village,
                        null, Gazetteer.VILLAGE, MOVED_INTO), fromUnit, to));
                pos += village.length() + 1;
            }
        }
        return moves;
    }

    private DivisionMention moveTarget(Doc r, int offset, String sentence, String countyCode,
                                       List<DivisionMention> established) {
        for (Pattern p : List.of(MOVED_TARGET, TARGET_AREA)) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return unit(r, offset, new Name(m.start(1), m.group(1), Kind.TOWNSHIP), countyCode, null);
            }
        }
        return established.size() == 1 ? established.get(0) : null;
    }

    /**
     * Counties a clause moves into a city: 陇南市辖原陇南地区的成县、文县…和新设立的武都区 (from the
     * prefecture it replaces), or 将A县、B县划归X市管辖 / 原…管辖的庐江县划归合肥市管辖.
     */
    private List<DivisionChange.VillageMove> countyMoves(Doc r, int offset, String sentence,
                                                        List<DivisionMention> abolished) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        Matcher takesOver = CITY_TAKES_OVER.matcher(sentence);
        if (takesOver.find()) {
            Name city = nameEndingAt(r, offset, sentence, takesOver.start());
            Name from = unitNameAt(r, offset, sentence, takesOver.end());
            int of = from == null ? -1 : sentence.indexOf('的', from.end());
            if (city != null && from != null && of == from.end()) {
                DivisionMention to = unit(r, offset, city, null, null);
                DivisionMention fromUnit = unit(r, offset, from, null, null);
                moves.addAll(movedCounties(r, offset, sentence, of + 1, fromUnit, to));
            }
            return moves;
        }
        Matcher moved = COUNTIES_MOVED.matcher(sentence);
        while (moved.find()) {
            Name target = unitNameAtTarget(r, offset, sentence, moved.end());
            int listStart = Math.max(sentence.lastIndexOf('将', moved.start()), sentence.lastIndexOf('的', moved.start())) + 1;
            if (target == null || target.kind() == Kind.TOWNSHIP) {
                continue;
            }
            DivisionMention to = unit(r, offset, target, null, null);
            DivisionMention fromUnit = unitEndingBefore(r, offset, sentence, listStart);
            if (fromUnit == null && abolished.size() == 1) {
                fromUnit = abolished.get(0);
            }
            List<DivisionChange.VillageMove> found = fromUnit == null ? List.of()
                    : movedCounties(r, offset, sentence, listStart, fromUnit, to);
            if (!found.isEmpty() && lastEnd(found, sentence) == moved.start()) {
                moves.addAll(found);
            }
        }
        return moves;
    }

    private List<DivisionChange.VillageMove> movedCounties(Doc r, int offset, String sentence, int from,
                                                          DivisionMention fromUnit, DivisionMention to) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        for (Name n : namesAfter(r, offset, sentence, from)) {
            if (n.kind() == Kind.COUNTY || n.kind() == Kind.FORMER_COUNTY) {
                DivisionMention county = unit(r, offset, n, null, MOVED_INTO);
                moves.add(new DivisionChange.VillageMove(county, fromUnit, to));
            }
        }
        return moves;
    }

    /** Where the last county of a 划归 list ends, to check that the list runs right up to the verb. */
    private static int lastEnd(List<DivisionChange.VillageMove> moves, String sentence) {
        String last = moves.get(moves.size() - 1).village().name();
        int at = sentence.lastIndexOf(last);
        return at < 0 ? -1 : at + last.length();
    }

    /** The unit a 划归 list of counties leaves: the division named last before it (原地级巢湖市管辖的…), or null. */
    private DivisionMention unitEndingBefore(Doc r, int offset, String sentence, int listStart) {
        for (int end = listStart; end > 0; end--) {
            for (int start = Math.max(0, end - MAX_TOWNSHIP_NAME); start < end; start++) {
                DivisionNames.Entry county = r.index().countyAt(offset + start);
                boolean isCounty = county != null && county.form() != DivisionNames.Form.SHORT
                        && county.name().length() == end - start;
                if (isCounty || r.index().higherAt(offset + start) == end - start) {
                    Name n = new Name(start, sentence.substring(start, end), isCounty ? Kind.COUNTY : Kind.CITY);
                    return unit(r, offset, n, null, null);
                }
            }
        }
        return null;
    }

    /** The unit a 划归 clause moves counties into: 划归合肥市管辖, 划入陇南市. */
    private Name unitNameAtTarget(Doc r, int offset, String sentence, int pos) {
        int higher = r.index().higherAt(offset + pos);
        if (higher > 0) {
            return new Name(pos, sentence.substring(pos, pos + higher), Kind.CITY);
        }
        DivisionNames.Entry county = r.index().countyAt(offset + pos);
        return county != null && county.form() != DivisionNames.Form.SHORT
                ? new Name(pos, county.name(), Kind.COUNTY) : null;
    }

    /** The province or city whose name ends right before {@code end} (陇南市 of 陇南市辖原…). */
    private Name nameEndingAt(Doc r, int offset, String sentence, int end) {
        for (int start = Math.max(0, end - MAX_TOWNSHIP_NAME); start < end; start++) {
            if (r.index().higherAt(offset + start) == end - start) {
                return new Name(start, sentence.substring(start, end), Kind.CITY);
            }
        }
        return null;
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
        return start < end - 1 ? new Name(start, s.substring(start, end), Kind.TOWNSHIP) : null;
    }
}
