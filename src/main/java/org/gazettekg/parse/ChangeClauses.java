package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the changes a document decrees, clause by clause: sentences that speak of 行政区域, the
 * formula of a change notice (撤销 X, 设立 Y, villages moved from one township into another); the
 * clauses of a reply that abolish one unit and establish another (同意撤销瑶峰镇，设立瑶峰街道); and
 * clauses that move units (陇南市辖原陇南地区的…, 将A县划归X市管辖, 将苍梧县旺甫镇划归万秀区管辖).
 */
final class ChangeClauses {

    private static final String CHANGE_FORMULA = "行政区域";
    /** 同意保定市新市区更名为竞秀区: a unit renamed. */
    static final String RENAMED_AS = "更名为";
    /** Event of a unit renamed, for its old and its new name. */
    static final String RENAMED = "更名";
    /** Words one of which every change clause holds. */
    private static final List<String> CLAUSE_WORDS = List.of(CHANGE_FORMULA, DivisionMatcher.ABOLISHED,
            ClauseUnits.MOVED_INTO_WORD, ClauseUnits.MOVED_UNDER, UnitMoves.TAKES_OVER, RENAMED_AS);
    private static final String TITLE_OPENING = "关于";
    /** 设置天桥镇: a reply may establish a unit with 设置 instead of 设立. */
    private static final String SYNONYM_OF_ESTABLISHED = "设置";
    /** Ends of the sentences a change clause is read from; 如下: opens the list of clauses. */
    private static final String SENTENCE_ENDS = "。；;：:";

    private final ClauseUnits units;
    private final UnitMoves moves;

    ChangeClauses(DivisionNames names) {
        this.units = new ClauseUnits(names);
        this.moves = new UnitMoves(units);
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
            if (sentence.contains(RENAMED_AS) && !isTitle(sentence)) {
                changes.addAll(renames(r, sentenceStart, sentence));
            }
            boolean formula = sentence.contains(CHANGE_FORMULA);
            if (formula || isReplacementClause(sentence) || isMoveClause(sentence)) {
                DivisionChange change = readChange(r, sentenceStart, sentence, countyTokens);
                if (change != null && (formula || isReplacement(change) || !change.villageMoves().isEmpty())) {
                    changes.add(change);
                }
            }
            sentenceStart = sentenceEnd;
        }
        return changes;
    }

    /** 同意保定市新市区更名为竞秀区: each rename of the sentence, the old name abolished and the new one established. */
    private List<DivisionChange> renames(DivisionDoc r, int offset, String sentence) {
        List<DivisionChange> out = new ArrayList<>();
        for (int at = sentence.indexOf(RENAMED_AS); at >= 0; at = sentence.indexOf(RENAMED_AS, at + 1)) {
            ClauseName old = units.renamedEndingAt(r, offset, sentence, at);
            ClauseName now = units.unitNameAt(r, offset, sentence, at + RENAMED_AS.length());
            if (old == null || now == null || old.text().equals(now.text())) {
                continue;
            }
            // The old name is no unit of today's gazetteer under that name: it is not looked up, so it is never another place.
            DivisionMention before = new DivisionMention(r.text().lineAt(offset + old.start()), old.text(), null,
                    old.kind() == ClauseName.Kind.TOWNSHIP ? Gazetteer.TOWNSHIP : Gazetteer.COUNTY, RENAMED);
            DivisionMention after = units.unit(r, offset, now, null, RENAMED);
            out.add(new DivisionChange(r.text().lineAt(offset + old.start()), null, List.of(before), List.of(after), List.of()));
        }
        return out;
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
