package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the changes a document decrees, clause by clause: sentences that speak of 行政区域, the
 * formula of a change notice (撤销 X, 设立 Y, villages moved from one township into another); the
 * clauses of a reply that abolish one unit and establish another (同意撤销瑶峰镇，设立瑶峰街道); and
 * clauses that move units (陇南市辖原陇南地区的…, 将A县划归X市管辖, 将苍梧县旺甫镇划归万秀区管辖).
 */
final class ChangeClauses {

    private static final String CHANGE_FORMULA = "行政区域";
    /** 同意设立扶余县: a reply's clause that establishes a unit without abolishing one. */
    private static final String AGREED_TO_ESTABLISH = "同意设立";
    /** Words one of which every change clause holds. */
    private static final List<String> CLAUSE_WORDS = List.of(CHANGE_FORMULA, DivisionMatcher.ABOLISHED,
            ClauseUnits.MOVED_INTO_WORD, ClauseUnits.MOVED_UNDER, UnitMoves.TAKES_OVER, RenameClauses.RENAMED_AS,
            AGREED_TO_ESTABLISH);
    private static final String TITLE_OPENING = "关于";
    /** 设置天桥镇: a reply may establish a unit with 设置 instead of 设立. */
    private static final String SYNONYM_OF_ESTABLISHED = "设置";
    /** Ends of the sentences a change clause is read from; 如下: opens the list of clauses. */
    private static final String SENTENCE_ENDS = "。；;：:";

    /** 一、同意设立扶余县。: a clause of a reply that establishes one unit and says nothing more. */
    private static final Pattern ESTABLISHING_DECREE = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+、)?同意设立\\p{IsHan}{1,12}?(?:自治县|县|区|市|旗|街道|镇|乡)[。；;]");
    /** 五、撤销石嘴山市陶乐县。: a clause of a reply that abolishes units and says nothing more (its townships go elsewhere later). */
    private static final Pattern ABOLISHING_DECREE = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+、)?(?:同意)?撤销[\\p{IsHan}、]{1,30}?(?:自治县|县|区|市|旗|地区|盟|街道|镇|乡)(?:建制)?[。；;]");
    /** 同意保定地区和保定市合并，组建新的地级保定市: units merged, then the verb that sets up the unit they form. */
    private static final Pattern MERGER = Pattern.compile("合并[,，]?(组建|成立|设立)");
    private static final String AGREED = "同意";
    /** 扶余县辖…: a sentence that opens with a unit and the word 辖 (it takes over what follows). */
    private static final Pattern TAKEOVER_OPENING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+、)?(\\p{IsHan}{1,10}?(?:自治县|县|区|市|旗))辖");

    private final ClauseUnits units;
    private final UnitMoves moves;
    private final RenameClauses renames;

    ChangeClauses(DivisionNames names) {
        this.units = new ClauseUnits(names);
        this.moves = new UnitMoves(units);
        this.renames = new RenameClauses(units);
    }

    /** The changes the document decrees, given the county-level names read in it. */
    List<DivisionChange> changes(DivisionDoc r, List<CountyToken> countyTokens) {
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
            if (sentence.contains(RenameClauses.RENAMED_AS) && !isTitle(sentence)) {
                changes.addAll(renames.read(r, sentenceStart, sentence));
            }
            boolean formula = sentence.contains(CHANGE_FORMULA);
            if (formula || isReplacementClause(sentence) || isMoveClause(sentence)) {
                DivisionChange change = readChange(r, sentenceStart, sentence, countyTokens);
                if (change != null && (formula || isReplacement(change) || !change.villageMoves().isEmpty())) {
                    changes.add(change);
                }
            } else if (ESTABLISHING_DECREE.matcher(sentence).matches()) {
                DivisionChange change = readChange(r, sentenceStart, sentence, countyTokens);
                if (change != null && !change.established().isEmpty() && change.abolished().isEmpty()) {
                    changes.add(change);
                }
            } else if (ABOLISHING_DECREE.matcher(sentence).matches()) {
                DivisionChange change = readChange(r, sentenceStart, sentence, countyTokens);
                if (change != null && !change.abolished().isEmpty() && change.established().isEmpty()) {
                    changes.add(change);
                }
            } else if (sentence.contains(ClauseUnits.MERGED) && !isTitle(sentence)) {
                DivisionChange merger = merger(r, sentenceStart, sentence);
                if (merger != null) {
                    changes.add(merger);
                }
            } else {
                DivisionChange takeover = takeoverByEstablished(r, sentenceStart, sentence, changes);
                if (takeover != null) {
                    changes.add(takeover);
                }
            }
            sentenceStart = sentenceEnd;
        }
        return changes;
    }

    /**
     * 扶余县辖扶余区的长春岭…8个镇和永平…18个乡: a unit the document established in an earlier clause
     * takes over townships counted in groups; each is moved from the unit before its group.
     */
    private DivisionChange takeoverByEstablished(DivisionDoc r, int offset, String sentence, List<DivisionChange> earlier) {
        Matcher m = TAKEOVER_OPENING.matcher(sentence);
        if (!m.lookingAt()) {
            return null;
        }
        DivisionMention unit = earlier.stream().flatMap(c -> c.established().stream())
                .filter(e -> e.name().equals(m.group(1))).findFirst().orElse(null);
        if (unit == null) {
            return null;
        }
        List<DivisionChange.VillageMove> moved = moves.countedTownships(r, offset, sentence, List.of(unit));
        return moved.isEmpty() ? null
                : new DivisionChange(r.text().lineAt(offset), null, List.of(), List.of(), moved);
    }

    /**
     * 同意保定地区和保定市合并，组建新的地级保定市: the merged units are abolished, but for the one whose name the new unit
     * keeps (it goes on under that name), and the new unit is established; null where the units do not run up to 合并.
     */
    private DivisionChange merger(DivisionDoc r, int offset, String sentence) {
        Matcher m = MERGER.matcher(sentence);
        int agreed = sentence.indexOf(AGREED);
        if (!m.find() || agreed < 0 || agreed > m.start()) {
            return null;
        }
        List<ClauseName> merged = units.namesAfter(r, offset, sentence, agreed + AGREED.length());
        List<ClauseName> formed = units.namesAfter(r, offset, sentence, m.end());
        if (merged.size() < 2 || merged.get(merged.size() - 1).end() != m.start() || formed.size() != 1) {
            return null;
        }
        String newName = formed.get(0).text();
        List<DivisionMention> abolished = merged.stream().filter(n -> !n.text().equals(newName))
                .map(n -> units.unit(r, offset, n, null, DivisionMatcher.ABOLISHED)).toList();
        DivisionMention established = units.unit(r, offset, formed.get(0), null, DivisionMatcher.ESTABLISHED);
        return new DivisionChange(r.text().lineAt(offset), null, abolished, List.of(established), List.of());
    }

    private static int endOfSentence(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    private DivisionChange readChange(DivisionDoc r, int offset, String sentence, List<CountyToken> countyTokens) {
        CountyToken county = lastCountyBefore(countyTokens, offset + sentence.length());
        DivisionMention within = county == null ? null : new DivisionMention(r.text().lineAt(county.start()),
                county.rowName(), county.code(), Gazetteer.COUNTY, null);
        String countyCode = county == null ? null : county.code();
        List<DivisionMention> abolished = new ArrayList<>();
        List<DivisionMention> established = new ArrayList<>();
        Matcher verb = ClauseUnits.CHANGE_VERB.matcher(sentence);
        while (verb.find()) {
            boolean abolishes = verb.group().equals(DivisionMatcher.ABOLISHED);
            List<DivisionMention> target = abolishes ? abolished : established;
            String event = abolishes ? DivisionMatcher.ABOLISHED : DivisionMatcher.ESTABLISHED;
            for (ClauseName n : units.namesAfter(r, offset, sentence, verb.end())) {
                target.add(units.unit(r, offset, n, countyCode, event));
            }
        }
        List<DivisionChange.VillageMove> moved = new ArrayList<>(
                moves.villageMoves(r, offset, sentence, countyCode, established));
        moved.addAll(moves.listedMoves(r, offset, sentence, abolished));
        if (moved.isEmpty()) {
            moved.addAll(moves.countedTownships(r, offset, sentence, established));
        }
        if (abolished.isEmpty() && established.isEmpty() && moved.isEmpty()) {
            return null;
        }
        return new DivisionChange(r.text().lineAt(offset), within, abolished, established, moved);
    }

    /**
     * True when a sentence both abolishes and establishes, outside any title: a title (关于撤销…的批复,
     * 《…的请示》) names a change but does not decree it.
     */
    private static boolean isReplacementClause(String sentence) {
        return sentence.contains(DivisionMatcher.ABOLISHED)
                && (sentence.contains(DivisionMatcher.ESTABLISHED) || sentence.contains(SYNONYM_OF_ESTABLISHED))
                && !isTitle(sentence);
    }

    /** 陇南市辖原陇南地区的…, 将A县划归X市管辖: a clause that moves units. */
    private static boolean isMoveClause(String sentence) {
        return (sentence.contains(UnitMoves.TAKES_OVER) || sentence.contains(ClauseUnits.MOVED_INTO_WORD)
                || sentence.contains(ClauseUnits.MOVED_UNDER)) && !isTitle(sentence);
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
    private static CountyToken lastCountyBefore(List<CountyToken> tokens, int end) {
        CountyToken last = null;
        for (CountyToken t : tokens) {
            if (t.start() >= end) {
                break;
            }
            last = t;
        }
        return last;
    }
}
