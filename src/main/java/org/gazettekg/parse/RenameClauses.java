package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.gazettekg.parse.ClauseName.Kind;

/**
 * Reads the renames a change clause decrees (同意保定市新市区更名为竞秀区): the old name and the new one
 * each get the event 更名. The old name is not looked up in the gazetteer, which holds today's names
 * only: 新市区 of 保定 would otherwise become 乌鲁木齐's.
 */
final class RenameClauses {

    /** 同意保定市新市区更名为竞秀区: a unit renamed. */
    static final String RENAMED_AS = "更名为";
    /** Event of a unit renamed, for its old and its new name. */
    static final String RENAMED = "更名";
    private static final Pattern TOWNSHIP_NAME = Pattern.compile("\\p{IsHan}+(?:街道|镇|乡)");
    /** A county-level name as a rename prints its old name: a stem and a county-level suffix. */
    private static final Pattern RENAMED_COUNTY = Pattern.compile("\\p{IsHan}+(?:自治县|县|区|市|旗)");
    /** 同意: the word of a reply that may open a rename clause. */
    private static final String AGREED = "同意";
    /** How far before 更名为 an old name with the city printed before it may start. */
    private static final int MAX_OLD_NAME = ClauseUnits.MAX_TOWNSHIP_NAME + 4;

    /** Suffixes of units: the last character of a name, never its first. */
    private static final String UNIT_SUFFIXES = "市县区州盟旗省";

    private final ClauseUnits units;

    RenameClauses(ClauseUnits units) {
        this.units = units;
    }

    /** Each rename of the sentence as a change: the old name abolished and the new one established, both 更名. */
    List<DivisionChange> read(DivisionDoc r, int offset, String sentence) {
        List<DivisionChange> out = new ArrayList<>();
        for (int at = sentence.indexOf(RENAMED_AS); at >= 0; at = sentence.indexOf(RENAMED_AS, at + 1)) {
            ClauseName old = oldNameEndingAt(r, offset, sentence, at);
            // 更名为盐城市亭湖区: the new name without the city printed before it
            ClauseName now = units.unitNameAt(r, offset, sentence,
                    units.skipHigherUnits(r, offset, sentence, at + RENAMED_AS.length()));
            if (old == null || now == null || old.text().equals(now.text())) {
                continue;
            }
            int line = r.text().lineAt(offset + old.start());
            DivisionMention before = new DivisionMention(line, old.text(), null,
                    old.kind() == Kind.TOWNSHIP ? Gazetteer.TOWNSHIP : Gazetteer.COUNTY, RENAMED);
            DivisionMention after = units.unit(r, offset, now, null, RENAMED);
            out.add(new DivisionChange(line, null, List.of(before), List.of(after), List.of()));
        }
        return out;
    }

    /**
     * The name a unit bore before a rename, ending right before {@code end} (同意保定市新市区更名为 → 新市区):
     * the county-level or township name after any city or county printed before it; null where none ends there.
     */
    private ClauseName oldNameEndingAt(DivisionDoc r, int offset, String s, int end) {
        int start = walkBackToNameStart(s, end, end);
        // 松原市扶余区: the 原 of a city's name is no opening word; a name never opens with a unit's suffix.
        while (start > 1 && start < end && UNIT_SUFFIXES.indexOf(s.charAt(start)) >= 0
                && ClauseUnits.NAME_OPENING_WORDS.indexOf(s.charAt(start - 1)) >= 0 && Han.isHan(s.charAt(start - 2))) {
            start = walkBackToNameStart(s, start - 1, end);
        }
        if (s.startsWith(AGREED, start)) {
            start += AGREED.length();
        }
        start = units.skipHigherUnits(r, offset, s, start);
        // 松原市扶余区更名为宁江区: the old name is no unit of today, so the city before it is skipped here.
        int higher = r.index().higherAt(offset + start);
        if (higher > 0 && end - start - higher >= 2 && RENAMED_COUNTY.matcher(s.substring(start + higher, end)).matches()) {
            start += higher;
        }
        String name = s.substring(start, end);
        if (name.length() < 2 || ClauseUnits.isPhrase(name)) {
            return null;
        }
        if (RENAMED_COUNTY.matcher(name).matches()) {
            return new ClauseName(start, name, Kind.FORMER_COUNTY);
        }
        return TOWNSHIP_NAME.matcher(name).matches() ? new ClauseName(start, name, Kind.TOWNSHIP) : null;
    }

    /** Walks back from {@code from} over the Han characters an old name (with its city) may hold. */
    private static int walkBackToNameStart(String s, int from, int end) {
        int start = from;
        while (start > 0 && end - start < MAX_OLD_NAME && Han.isHan(s.charAt(start - 1))
                && ClauseUnits.NAME_BOUNDARY_WORDS.indexOf(s.charAt(start - 1)) < 0
                && ClauseUnits.ENUMERATION_SEPARATORS.indexOf(s.charAt(start - 1)) < 0
                && ClauseUnits.NAME_OPENING_WORDS.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }
}
