package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.ClauseName.Kind;

/**
 * Reads the unit names of a change clause (撤销A乡、B镇和C乡, 设立地级陇南市, 将苍梧县旺甫镇划归万秀区管辖)
 * and resolves each to a row: a county-level name the gazetteer knows, a province or city, a
 * prefecture or county it no longer holds, a township, or a village written with its suffix.
 */
final class ClauseUnits {

    /** Separators inside an enumeration of divisions. */
    static final String ENUMERATION_SEPARATORS = "、和及与";
    /** 以及: a two-character separator of the same kind. */
    private static final String LONG_SEPARATOR = "以及";
    /** Where a township name may end: before punctuation or a function word. */
    static final String NAME_BOUNDARY_WORDS = "和及与并的为,";
    /** Words a township name follows: 原 (former), 将/把 (object marker), 以/从/由 (from). */
    static final String NAME_OPENING_WORDS = "原将把以从由";
    /** 撤销党山镇建制: the word for a unit's standing that may follow its name. */
    private static final String STANDING = "建制";
    /** 保定地区和保定市合并: the word of a merger, which may follow a name with no punctuation. */
    static final String MERGED = "合并";
    /** 设立新的瓜沥镇: what may stand between a verb and the new unit's name. */
    private static final String NEW_UNIT = "新的";
    private static final char OF = '的';
    private static final String GOVERNS = "辖";
    /** 原郊区长洲镇: the word that marks a unit as it was before the change. */
    private static final String FORMER = "原";
    private static final Pattern TOWNSHIP_SUFFIX = Pattern.compile("(?:街道|镇|乡)");
    private static final String SUBDISTRICT = "街道";
    /** 街道办事处: the office of a 街道, printed after its name. */
    private static final String SUBDISTRICT_OFFICE = "办事处";
    /** 新兴二路居委会, 高旺村: a village-level unit written with its own suffix. */
    private static final Pattern VILLAGE = Pattern.compile(
            "\\p{IsHan}{1,12}(?:社区居民委员会|居民委员会|村民委员会|居委会|村委会|社区|村)");
    /** A county-level unit the gazetteer no longer holds (撤销武都县) or a prefecture (撤销陇南地区). */
    private static final Pattern FORMER_COUNTY = Pattern.compile("\\p{IsHan}{1,8}?(?:自治县|县|旗)");
    /** 撤销县级大丰市: after 县级, a county-level city the gazetteer no longer holds (or holds only as a prefecture's name). */
    private static final Pattern FORMER_COUNTY_CITY = Pattern.compile("\\p{IsHan}{1,8}?市");
    /** A district the gazetteer no longer holds, where a move names it as source or target (将蝶山区的…, 划归蝶山区管辖). */
    private static final Pattern FORMER_DISTRICT = Pattern.compile("\\p{IsHan}{1,6}?区");
    /** Zones that end in 区 but are no divisions (开发区, 高新区, 园区, 景区, 新区 of a plan). */
    private static final Pattern ZONE = Pattern.compile(".*(?:开发|高新|园|景|示范|试验|实验|保税|合作|功能|新|城|市|郊|矿|社|片|辖)区");
    /**
     * Areas that end in 区 but are no divisions, beyond {@link #ZONE}: what a clause may abolish besides a district
     * (经济区, 保护区, 管理区, 工业区, 库区, 校区 …); a district's name is read by its suffix only where none of them ends it.
     */
    private static final Pattern NON_DIVISION_AREA = Pattern.compile(
            ".*(?:经济|保护|管理|工业|产业|农业|生态|旅游|度假|商务|商贸|物流|综合|集聚|贸易|试点|服务|行政|住宅|居住|"
            + "林|牧|灾|库|校|街|营|战|禁|赛|展|老|苏|边|风|学|小)区");
    /** Shortest district name read by its suffix alone: a one-character stem (城区, 郊区) is a generic word. */
    private static final int MIN_FORMER_DISTRICT = 3;
    /** 北市区, 南市区: districts named after their quarter of the city; 市区 alone is generic. */
    private static final Pattern QUARTER_DISTRICT = Pattern.compile("[东南西北]市区");
    private static final Pattern PREFECTURE = Pattern.compile("\\p{IsHan}{1,10}?(?:地区|自治州|盟)");
    /** 地级陇南市, 县级潞城市: the level printed before a city's name. */
    private static final String PREFECTURE_LEVEL = "地级";
    private static final String COUNTY_LEVEL = "县级";
    /** 撤销, and 设立 or its synonym 设置 (撤销天桥乡建制，设置天桥镇). */
    static final Pattern CHANGE_VERB = Pattern.compile("撤销|设立|设置");
    static final String MOVED_INTO_WORD = "划入";
    static final String MOVED_UNDER = "划归";
    static final Pattern UNITS_MOVED = Pattern.compile(MOVED_INTO_WORD + "|" + MOVED_UNDER);
    static final int MAX_TOWNSHIP_NAME = 10;

    private final ClauseRows rows;

    ClauseUnits(DivisionNames names) {
        this.rows = new ClauseRows(names);
    }

    /** The unit names enumerated right after a verb: 撤销A乡、B镇和C乡; 设立新的瓜沥镇. */
    List<ClauseName> namesAfter(DivisionDoc r, int offset, String sentence, int from) {
        List<ClauseName> found = new ArrayList<>();
        int pos = sentence.startsWith(NEW_UNIT, from) ? from + NEW_UNIT.length() : from;
        while (true) {
            pos = skipHigherUnits(r, offset, sentence, pos);
            ClauseName n = unitNameAt(r, offset, sentence, pos);
            if (n == null) {
                return found;
            }
            found.add(n);
            int next = afterSeparator(sentence, afterStanding(sentence, n.end()));
            if (next < 0) {
                return found;
            }
            pos = next;
        }
    }

    /** Where the next item of an enumeration starts after a separator at {@code i} (、, 和, 以及), or -1. */
    static int afterSeparator(String s, int i) {
        if (s.startsWith(LONG_SEPARATOR, i)) {
            return i + LONG_SEPARATOR.length();
        }
        return i < s.length() && ENUMERATION_SEPARATORS.indexOf(s.charAt(i)) >= 0 ? i + 1 : -1;
    }

    private static int afterStanding(String s, int i) {
        return s.startsWith(STANDING, i) ? i + STANDING.length() : i;
    }

    /** Skips 长治市 / 上党区 / 梧州市郊区 printed before the unit a verb acts on (撤销上党区韩店镇), where a unit follows. */
    int skipHigherUnits(DivisionDoc r, int offset, String s, int pos) {
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

    /**
     * True when a unit's name starts at {@code pos}; not where a separator or function word stands
     * there (雄县和保定市的满城县: 和 ends 雄县, it opens no name).
     */
    private boolean followedByUnit(DivisionDoc r, int offset, String s, int pos) {
        return pos < s.length() && NAME_BOUNDARY_WORDS.indexOf(s.charAt(pos)) < 0
                && ENUMERATION_SEPARATORS.indexOf(s.charAt(pos)) < 0 && unitNameAt(r, offset, s, pos) != null;
    }

    /**
     * The unit name starting at {@code pos}: a county-level name the gazetteer knows, a province or
     * city (地级陇南市), a district named after its city (梧州市郊区), a prefecture or a county no longer
     * in the gazetteer (陇南地区, 武都县), or a township (…街道/镇/乡), each ending where a boundary follows.
     */
    ClauseName unitNameAt(DivisionDoc r, int offset, String s, int pos) {
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
            return new ClauseName(at, s.substring(at, at + higher), Kind.CITY);
        }
        if (county != null && county.form() != DivisionNames.Form.SHORT && isBoundary(s, at + county.name().length())) {
            return new ClauseName(at, county.name(), Kind.COUNTY);
        }
        if (countyLevel) {
            ClauseName city = patternNameAt(s, at, FORMER_COUNTY_CITY, Kind.FORMER_COUNTY);
            if (city != null) {
                return city;
            }
        }
        int generic = r.index().genericAt(offset + at);
        if (generic > 0 && r.index().higherEndsAt(offset + at) && isBoundary(s, at + generic)) {
            return new ClauseName(at, s.substring(at, at + generic), Kind.GENERIC_DISTRICT);
        }
        ClauseName named = patternNameAt(s, at, PREFECTURE, Kind.PREFECTURE);
        if (named == null) {
            named = patternNameAt(s, at, FORMER_COUNTY, Kind.FORMER_COUNTY);
        }
        if (named == null) {
            // 撤销保定市北市区、南市区: in a change clause a quarter's 市区 is a district's name, not the generic 市区.
            named = patternNameAt(s, at, QUARTER_DISTRICT, Kind.FORMER_COUNTY);
        }
        if (named == null) {
            named = formerDistrictAt(s, at);
        }
        return named != null ? named : townshipNameAt(s, pos);
    }

    /**
     * 撤销天津市塘沽区、汉沽区、大港区: a district the gazetteer no longer holds, read by its suffix where it ends at a
     * boundary and is no zone or area; null otherwise.
     */
    private static ClauseName formerDistrictAt(String s, int pos) {
        Matcher m = FORMER_DISTRICT.matcher(s).region(pos, Math.min(s.length(), pos + MAX_TOWNSHIP_NAME));
        if (!m.lookingAt() || m.end() - pos < MIN_FORMER_DISTRICT || !isBoundary(s, m.end()) || !allHan(s, pos, m.end())) {
            return null;
        }
        for (int i = pos + 1; i < m.end(); i++) {
            if (isBoundary(s, i)) {
                return null; // 新市区更名为竞秀区: a verb or separator inside is no name's
            }
        }
        String name = m.group();
        // 撤销原塘沽区: 原 (former) and an object marker open no name
        boolean area = NAME_OPENING_WORDS.indexOf(name.charAt(0)) >= 0 || ZONE.matcher(name).matches() || NON_DIVISION_AREA.matcher(name).matches() || isPhrase(name);
        return area ? null : new ClauseName(pos, name, Kind.FORMER_COUNTY);
    }

    /**
     * A county-level name at {@code pos} where a move names its source or target: one the gazetteer
     * knows, or a district it no longer holds (蝶山区) that is no zone; null otherwise.
     */
    ClauseName countyNameAt(DivisionDoc r, int offset, String s, int pos) {
        DivisionNames.Entry county = r.index().countyAt(offset + pos);
        if (county != null && county.form() != DivisionNames.Form.SHORT) {
            return new ClauseName(pos, county.name(), Kind.COUNTY);
        }
        int generic = r.index().genericAt(offset + pos);
        if (generic > 0 && r.index().higherEndsAt(offset + pos)) {
            return new ClauseName(pos, s.substring(pos, pos + generic), Kind.GENERIC_DISTRICT);
        }
        ClauseName former = patternNameAt(s, pos, FORMER_COUNTY, Kind.FORMER_COUNTY);
        Matcher m = FORMER_DISTRICT.matcher(s).region(pos, Math.min(s.length(), pos + MAX_TOWNSHIP_NAME));
        boolean district = m.lookingAt() && !ZONE.matcher(m.group()).matches() && allHan(s, pos, m.end());
        if (district && (former == null || m.end() < former.end())) {
            return new ClauseName(pos, m.group(), Kind.FORMER_COUNTY);
        }
        return former;
    }

    /** A village-level unit written with its suffix at {@code pos} (龙山里居委会), ending at a boundary; or null. */
    static ClauseName villageNameAt(String s, int pos) {
        int limit = Math.min(s.length(), pos + MAX_TOWNSHIP_NAME + 6);
        for (int end = pos + 2; end <= limit && Han.isHan(s.charAt(end - 1)); end++) {
            if (VILLAGE.matcher(s).region(pos, end).matches() && isBoundary(s, end)) {
                return new ClauseName(pos, s.substring(pos, end), Kind.VILLAGE);
            }
        }
        return null;
    }

    private static ClauseName patternNameAt(String s, int pos, Pattern pattern, Kind kind) {
        Matcher m = pattern.matcher(s).region(pos, Math.min(s.length(), pos + MAX_TOWNSHIP_NAME + 2));
        if (m.lookingAt() && isBoundary(s, m.end()) && allHan(s, pos, m.end()) && !isPhrase(m.group())) {
            return new ClauseName(pos, m.group(), kind);
        }
        return null;
    }

    /**
     * True when a county or prefecture read by its suffix alone is a phrase, not a name: it holds a
     * possessive or 辖 (的地级保定市辖原保定地区, 保定市的满城县), which no such name does.
     */
    static boolean isPhrase(String name) {
        return name.indexOf(OF) >= 0 || name.contains(GOVERNS);
    }

    static ClauseName townshipNameAt(String s, int pos) {
        Matcher suffix = TOWNSHIP_SUFFIX.matcher(s);
        int limit = Math.min(s.length(), pos + MAX_TOWNSHIP_NAME);
        suffix.region(pos, limit);
        while (suffix.find()) {
            if (suffix.start() > pos && endsTownshipName(s, suffix) && allHan(s, pos, suffix.end())) {
                String name = s.substring(pos, suffix.end());
                return name.contains("乡镇") ? null : new ClauseName(pos, name, Kind.TOWNSHIP);
            }
        }
        return null;
    }

    /**
     * True when a township's name ends with {@code suffix}: a boundary follows, or its office does (设立曹范街道办事处:
     * the unit is 曹范街道, 办事处 is its office).
     */
    private static boolean endsTownshipName(String s, Matcher suffix) {
        int end = suffix.end();
        return isBoundary(s, end) || suffix.group().equals(SUBDISTRICT) && s.startsWith(SUBDISTRICT_OFFICE, end)
                && isBoundary(s, end + SUBDISTRICT_OFFICE.length());
    }

    static boolean isBoundary(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        // 撤销瑶峰镇设立瑶峰街道, 无为县划归芜湖市: the next verb may follow a name with no punctuation.
        return !Han.isHan(c) || NAME_BOUNDARY_WORDS.indexOf(c) >= 0 || ENUMERATION_SEPARATORS.indexOf(c) >= 0
                || s.startsWith(STANDING, i) || s.startsWith(LONG_SEPARATOR, i) || s.startsWith(RenameClauses.RENAMED, i)
                || s.startsWith(MERGED, i)
                || CHANGE_VERB.matcher(s).region(i, s.length()).lookingAt()
                || UNITS_MOVED.matcher(s).region(i, s.length()).lookingAt();
    }

    static boolean allHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Han.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The row of a unit named in a clause that happens in {@code countyCode} (may be null). */
    DivisionMention unit(DivisionDoc r, int offset, ClauseName n, String countyCode, String event) {
        return rows.row(r, offset, n, countyCode, event);
    }

    /** The province or city whose name ends right before {@code end} (陇南市 of 陇南市辖原…), or null. */
    ClauseName higherEndingAt(DivisionDoc r, int offset, String sentence, int end) {
        for (int start = Math.max(0, end - MAX_TOWNSHIP_NAME); start < end; start++) {
            if (r.index().higherAt(offset + start) == end - start) {
                return new ClauseName(start, sentence.substring(start, end), Kind.CITY);
            }
        }
        return null;
    }

    /** The county-level unit the gazetteer knows whose name ends right before {@code end} (长洲区 of 长洲区辖原…), or null. */
    ClauseName countyEndingAt(DivisionDoc r, int offset, String sentence, int end) {
        for (int start = Math.max(0, end - MAX_TOWNSHIP_NAME); start < end; start++) {
            DivisionNames.Entry county = r.index().countyAt(offset + start);
            if (county != null && county.form() != DivisionNames.Form.SHORT && county.name().length() == end - start) {
                return new ClauseName(start, county.name(), Kind.COUNTY);
            }
        }
        return null;
    }

    /** The unit a 划归 list of counties leaves: the division named last before it (原地级巢湖市管辖的…), or null. */
    DivisionMention unitEndingBefore(DivisionDoc r, int offset, String sentence, int listStart) {
        for (int end = listStart; end > 0; end--) {
            for (int start = Math.max(0, end - MAX_TOWNSHIP_NAME); start < end; start++) {
                DivisionNames.Entry county = r.index().countyAt(offset + start);
                boolean isCounty = county != null && county.form() != DivisionNames.Form.SHORT
                        && county.name().length() == end - start;
                if (isCounty || r.index().higherAt(offset + start) == end - start) {
                    ClauseName n = new ClauseName(start, sentence.substring(start, end), isCounty ? Kind.COUNTY : Kind.CITY);
                    return unit(r, offset, n, null, null);
                }
            }
        }
        return null;
    }

    /** The unit a 划归 clause moves units into: 划归合肥市管辖, 划入陇南市, 划归长洲区管辖, 划归蝶山区管辖. */
    ClauseName targetAt(DivisionDoc r, int offset, String sentence, int pos) {
        int higher = r.index().higherAt(offset + pos);
        if (higher > 0) {
            // 划归银川市兴庆区管辖: the district printed after its city is the target
            DivisionNames.Entry county = r.index().countyAt(offset + pos + higher);
            if (county != null && county.form() != DivisionNames.Form.SHORT) {
                return new ClauseName(pos + higher, county.name(), Kind.COUNTY);
            }
            return new ClauseName(pos, sentence.substring(pos, pos + higher), Kind.CITY);
        }
        ClauseName county = countyNameAt(r, offset, sentence, pos);
        if (county != null) {
            return county;
        }
        return townshipNameAt(sentence, pos);
    }

    /**
     * The township name that ends right before {@code end} (…,树掌镇的 → 树掌镇; 将甲乡的 → 甲乡), without
     * the county-level unit printed before it (原郊区龙湖镇的 → 龙湖镇).
     */
    ClauseName townshipEndingAt(DivisionDoc r, int offset, String s, int end) {
        if (!TOWNSHIP_SUFFIX.matcher(s.substring(Math.max(0, end - 2), end)).find()) {
            return null;
        }
        int start = end;
        while (start > 0 && end - start < MAX_TOWNSHIP_NAME && Han.isHan(s.charAt(start - 1))
                && NAME_BOUNDARY_WORDS.indexOf(s.charAt(start - 1)) < 0
                && ENUMERATION_SEPARATORS.indexOf(s.charAt(start - 1)) < 0
                && NAME_OPENING_WORDS.indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        int own = skipHigherUnits(r, offset, s, start);
        if (own > start && own < end - 1 && townshipNameAt(s, own) != null) {
            start = own;
        }
        return start < end - 1 ? new ClauseName(start, s.substring(start, end), Kind.TOWNSHIP) : null;
    }

    /** Skips 原 before a unit's name (原郊区城东镇). */
    static int afterFormer(String s, int pos) {
        return s.startsWith(FORMER, pos) ? pos + FORMER.length() : pos;
    }
}
