package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.ClauseName.Kind;

/**
 * Reads the units a change clause moves from one unit into another (event 划入): villages a township
 * gives up (树掌镇的东柏坡、西柏坡…5个村民委员会), counties a new city takes over (陇南市辖原陇南地区的成县、文县…),
 * and lists of townships, villages and counties 划归 another unit (将苍梧县旺甫镇和原郊区城东镇划归万秀区管辖).
 */
final class UnitMoves {

    /** 树掌镇的东柏坡、西柏坡…5个村民委员会 (…高高等19个行政村: 等 before the count): a township, then the villages it gives up. */
    private static final Pattern VILLAGES_OF_TOWNSHIP = Pattern.compile(
            "的((?:\\p{IsHan}{1,8}?、)*\\p{IsHan}{1,8}?)等?(?:[0-9]+|[一二两三四五六七八九十]+)个(?:行政)?(?:村民委员会|村委会|村)");
    private static final Pattern TARGET_AREA = Pattern.compile("为(\\p{IsHan}{1,10}?)的行政区域");
    private static final Pattern MOVED_TARGET = Pattern.compile("划(?:入|归)(\\p{IsHan}{1,10}?(?:街道|镇|乡))");
    /**
     * 原属道外区的松北、松浦、万宝3个镇, 太阳岛、三电2个街道: townships written bare in a group that counts them,
     * after the unit that gives them up and its 的, or after a comma or the 和 that follows a group (the same unit's).
     */
    private static final Pattern COUNTED_TOWNSHIPS = Pattern.compile(
            "(的|[,，]|以及|(?<=个(?:镇|乡|街道))和)((?:[\\p{IsHan}&&[^的、]]{1,8}?、)*[\\p{IsHan}&&[^的、]]{1,8}?)([0-9]+|[一二两三四五六七八九十]+)个(镇|乡|街道)");
    /** 原属道外区的 → 道外区: the unit that gives townships up, after the last word that opens it. */
    private static final Pattern OWNER_BEFORE_OF = Pattern.compile(
            "(?:^|[,，、辖属原及])([\\p{IsHan}&&[^,，、辖属原及的]]{1,7}(?:自治县|县|区|市|旗))$");
    private static final String CHINESE_DIGITS = "零一二三四五六七八九十";
    /** 中卫市辖从吴忠市划入的中宁县: the unit a county leaves, printed before the county the clause's unit takes over. */
    private static final Pattern MOVED_FROM = Pattern.compile("从(\\p{IsHan}{2,10}?)划[入归]的");
    private static final String GOVERNS = "辖";
    /** Ends of the clauses of one sentence: a 划归 after a comma continues the list of the one before it. */
    private static final String CLAUSE_ENDS = ",，";

    /** 陇南市辖原陇南地区的成县、文县…, 长洲区辖原郊区长洲镇: the units a new unit takes over from the one it replaces. */
    static final String TAKES_OVER = "辖原";
    private static final String OBJECT_MARKER = "将";
    private static final char OF = '的';

    private final ClauseUnits units;

    UnitMoves(ClauseUnits units) {
        this.units = units;
    }

    /** 树掌镇的东柏坡、西柏坡…5个村民委员会 (…为大峡谷镇的行政区域 / …划入大峡谷镇 / …划归长洲区). */
    List<DivisionChange.VillageMove> villageMoves(DivisionDoc r, int offset, String sentence, String countyCode,
                                                  List<DivisionMention> established) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        Matcher m = VILLAGES_OF_TOWNSHIP.matcher(sentence);
        DivisionMention to = null;
        while (m.find()) {
            ClauseName from = units.townshipEndingAt(r, offset, sentence, m.start());
            if (from == null) {
                continue;
            }
            to = to != null ? to : moveTarget(r, offset, sentence, countyCode, established);
            DivisionMention fromUnit = units.unit(r, offset, from, countyCode, null);
            int pos = m.start(1);
            for (String village : m.group(1).split("、")) {
                moves.add(new DivisionChange.VillageMove(new DivisionMention(r.text().lineAt(offset + pos), village,
                        null, Gazetteer.VILLAGE, DivisionMatcher.MOVED_INTO), fromUnit, to));
                pos += village.length() + 1;
            }
        }
        return moves;
    }

    /**
     * 哈尔滨市设立松北区,辖原属道外区的松北、松浦、万宝3个镇,太阳岛、三电2个街道,以及原属呼兰县的乐业、对青山2个镇:
     * the townships the one unit a clause establishes takes over, each group kept only where it counts as many names as it lists.
     */
    List<DivisionChange.VillageMove> countedTownships(DivisionDoc r, int offset, String sentence,
                                                      List<DivisionMention> established) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        if (established.size() != 1) {
            return moves;
        }
        DivisionMention to = established.get(0);
        DivisionMention owner = null;
        Matcher m = COUNTED_TOWNSHIPS.matcher(sentence);
        while (m.find()) {
            if (m.group(1).equals(String.valueOf(OF))) {
                Matcher o = OWNER_BEFORE_OF.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start()));
                owner = o.find() ? new DivisionMention(r.text().lineAt(offset + m.start()), o.group(1), null,
                        Gazetteer.COUNTY, null) : null;
            }
            String[] names = m.group(2).split("、");
            if (owner == null || names.length != count(m.group(3))) {
                continue;
            }
            int pos = m.start(2);
            for (String name : names) {
                moves.add(new DivisionChange.VillageMove(new DivisionMention(r.text().lineAt(offset + pos), name, null,
                        Gazetteer.TOWNSHIP, DivisionMatcher.MOVED_INTO), owner, to));
                pos += name.length() + 1;
            }
        }
        return moves;
    }

    /** 3, 十二: the number a group counts; -1 where it cannot be read. */
    private static int count(String printed) {
        if (printed.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(printed);
        }
        if (printed.length() == 1) {
            return printed.equals("两") ? 2 : CHINESE_DIGITS.indexOf(printed.charAt(0));
        }
        return -1;
    }

    private DivisionMention moveTarget(DivisionDoc r, int offset, String sentence, String countyCode,
                                       List<DivisionMention> established) {
        for (Pattern p : List.of(MOVED_TARGET, TARGET_AREA)) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return units.unit(r, offset, new ClauseName(m.start(1), m.group(1), Kind.TOWNSHIP), countyCode, null);
            }
        }
        return established.size() == 1 ? established.get(0) : null;
    }

    /**
     * Units a clause moves into another: counties a new city takes over (陇南市辖原陇南地区的成县、文县…和新设立的武都区),
     * townships a new district takes over (长洲区辖原郊区长洲镇), and the lists of a 划归 clause
     * (将A县、B县划归X市管辖, 将蝶山区的新兴二路居委会…以及苍梧县倒水镇划归长洲区管辖).
     */
    List<DivisionChange.VillageMove> listedMoves(DivisionDoc r, int offset, String sentence,
                                                List<DivisionMention> abolished) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        int takesOver = sentence.indexOf(TAKES_OVER);
        if (takesOver >= 0) {
            moves.addAll(takenOver(r, offset, sentence, takesOver));
        }
        moves.addAll(movedFrom(r, offset, sentence));
        Matcher moved = ClauseUnits.UNITS_MOVED.matcher(sentence);
        int previousEnd = -1;
        DivisionMention previousLeft = null;
        while (moved.find()) {
            ClauseName target = units.targetAt(r, offset, sentence, moved.end());
            int marker = sentence.lastIndexOf(OBJECT_MARKER, moved.start());
            if (target == null || marker < takesOver) {
                continue;
            }
            DivisionMention to = units.unit(r, offset, target, null, null);
            if (target.kind() == Kind.TOWNSHIP) {
                continue; // villages moved into a township are read with the township that gives them up
            }
            if (previousEnd >= 0 && marker < previousEnd) {
                // 将原陶乐县的红崖子乡…划归平罗县管辖,月牙湖乡划归银川市兴庆区管辖: the 将 list goes on after the comma
                int comma = firstOf(sentence, CLAUSE_ENDS, previousEnd, moved.start());
                List<DivisionChange.VillageMove> more = comma < 0 ? List.of()
                        : movedList(r, offset, sentence, comma + 1, moved.start(), previousLeft, to);
                moves.addAll(more);
                previousEnd = target.end();
                continue;
            }
            int listStart = Math.max(marker, sentence.lastIndexOf(OF, moved.start())) + 1;
            DivisionMention fromUnit = units.unitEndingBefore(r, offset, sentence, listStart);
            if (fromUnit == null && abolished.size() == 1) {
                fromUnit = abolished.get(0);
            }
            List<DivisionChange.VillageMove> counties = fromUnit == null ? List.of()
                    : movedCounties(r, offset, sentence, listStart, fromUnit, to);
            List<DivisionChange.VillageMove> listed = List.of();
            if (!counties.isEmpty() && lastEnd(counties, sentence) == moved.start()) {
                listed = counties;
            } else if (marker >= 0) {
                listed = movedList(r, offset, sentence, marker + 1, moved.start(), null, to);
            }
            moves.addAll(listed);
            previousEnd = target.end();
            previousLeft = listed.isEmpty() ? null : listed.get(listed.size() - 1).from();
        }
        return moves;
    }

    /**
     * 中卫市辖从吴忠市划入的中宁县、从固原市划入的海原县: each county printed after 从…划入的 moves from that unit into
     * the one the clause opens with (before its 辖).
     */
    private List<DivisionChange.VillageMove> movedFrom(DivisionDoc r, int offset, String sentence) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        Matcher m = MOVED_FROM.matcher(sentence);
        while (m.find()) {
            int governs = sentence.lastIndexOf(GOVERNS, m.start());
            ClauseName taker = governs < 0 ? null : units.higherEndingAt(r, offset, sentence, governs);
            if (taker == null && governs >= 0) {
                taker = units.countyEndingAt(r, offset, sentence, governs);
            }
            ClauseName from = units.unitNameAt(r, offset, sentence, m.start(1));
            ClauseName county = units.unitNameAt(r, offset, sentence, m.end());
            if (taker == null || from == null || from.end() != m.end(1) || county == null
                    || county.kind() != Kind.COUNTY && county.kind() != Kind.FORMER_COUNTY) {
                continue;
            }
            moves.add(new DivisionChange.VillageMove(units.unit(r, offset, county, null, DivisionMatcher.MOVED_INTO),
                    units.unit(r, offset, from, null, null), units.unit(r, offset, taker, null, null)));
        }
        return moves;
    }

    /** The first index in {@code from}..{@code to} of one of {@code chars}, or -1. */
    private static int firstOf(String s, String chars, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.length()); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** 陇南市辖原陇南地区的成县… (counties of the unit replaced), 长洲区辖原郊区长洲镇及… (its townships). */
    private List<DivisionChange.VillageMove> takenOver(DivisionDoc r, int offset, String sentence, int takesOver) {
        ClauseName taker = units.higherEndingAt(r, offset, sentence, takesOver);
        if (taker == null) {
            taker = units.countyEndingAt(r, offset, sentence, takesOver);
        }
        if (taker == null) {
            return List.of();
        }
        DivisionMention to = units.unit(r, offset, taker, null, null);
        int listStart = takesOver + TAKES_OVER.length();
        ClauseName from = units.unitNameAt(r, offset, sentence, listStart);
        if (from != null && sentence.indexOf(OF, from.end()) == from.end()) {
            DivisionMention fromUnit = units.unit(r, offset, from, null, null);
            return movedCounties(r, offset, sentence, from.end() + 1, fromUnit, to);
        }
        return movedList(r, offset, sentence, listStart - 1, sentence.length(), null, to);
    }

    private List<DivisionChange.VillageMove> movedCounties(DivisionDoc r, int offset, String sentence, int from,
                                                          DivisionMention fromUnit, DivisionMention to) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        for (ClauseName n : units.namesAfter(r, offset, sentence, from)) {
            if (n.kind() == Kind.COUNTY || n.kind() == Kind.FORMER_COUNTY) {
                DivisionMention county = units.unit(r, offset, n, null, DivisionMatcher.MOVED_INTO);
                moves.add(new DivisionChange.VillageMove(county, fromUnit, to));
            }
        }
        return moves;
    }

    /**
     * The townships and villages listed from {@code from} up to {@code end} (a 划归 verb), each with
     * the unit printed before it, or before the 的 of its group, as the unit it leaves:
     * 蝶山区的新兴二路居委会、龙山里居委会…以及苍梧县倒水镇. A township followed by 的 only gives up
     * the villages listed after it, which {@link #villageMoves} reads.
     */
    private List<DivisionChange.VillageMove> movedList(DivisionDoc r, int offset, String s, int from, int end,
                                                      DivisionMention leaves, DivisionMention to) {
        List<DivisionChange.VillageMove> moves = new ArrayList<>();
        DivisionMention left = leaves;
        int pos = from;
        while (pos < end) {
            pos = ClauseUnits.afterFormer(s, pos);
            ClauseName owner = units.countyNameAt(r, offset, s, pos);
            if (owner == null && r.index().genericAt(offset + pos) > 0) {
                owner = new ClauseName(pos, s.substring(pos, pos + r.index().genericAt(offset + pos)), Kind.GENERIC_DISTRICT);
            }
            if (owner != null) {
                int after = owner.end() < s.length() && s.charAt(owner.end()) == OF ? owner.end() + 1 : owner.end();
                if (item(r, offset, s, after) != null) {
                    left = units.unit(r, offset, owner, null, null);
                    pos = after;
                }
            }
            ClauseName item = item(r, offset, s, pos);
            if (item == null || item.end() > end) {
                return moves;
            }
            int next = item.end();
            if (next < s.length() && s.charAt(next) == OF) {
                Matcher villages = VILLAGES_OF_TOWNSHIP.matcher(s).region(next, s.length());
                if (!villages.lookingAt()) {
                    return moves;
                }
                next = villages.end();
            } else if (left != null) {
                moves.add(new DivisionChange.VillageMove(units.unit(r, offset, item, null, DivisionMatcher.MOVED_INTO),
                        left, to));
            }
            pos = ClauseUnits.afterSeparator(s, next);
            if (pos < 0) {
                return moves;
            }
        }
        return moves;
    }

    /** A township or a village written with its suffix at {@code pos}, without the 郊区 or county printed before a township. */
    private ClauseName item(DivisionDoc r, int offset, String s, int pos) {
        int at = units.skipHigherUnits(r, offset, s, pos);
        ClauseName village = ClauseUnits.villageNameAt(s, at);
        ClauseName township = ClauseUnits.townshipNameAt(s, at);
        if (township != null && (village == null || township.end() <= village.end())) {
            return township;
        }
        return village;
    }

    /** Where the last county of a 划归 list ends, to check that the list runs right up to the verb. */
    private static int lastEnd(List<DivisionChange.VillageMove> moves, String sentence) {
        String last = moves.get(moves.size() - 1).village().name();
        int at = sentence.lastIndexOf(last);
        return at < 0 ? -1 : at + last.length();
    }
}
