package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gazettekg.parse.Gazetteer;

/**
 * The level a title (or an issuing body's name) states by the name it begins with:
 * <ul>
 *   <li>national: 中华人民共和国…, 国务院…, 全国人民代表大会…, 中共中央…, a ministry (财政部…, 人力资源社会保障部…)
 *       or a 国家…委员会/委/部/局/总局/署 followed by 关于, a separator or the end;</li>
 *   <li>provincial: a province's full name (山西省…, 广西壮族自治区…, 北京市…);</li>
 *   <li>municipal: a city's full name (长治市…, 山西省长治市…), or an autonomous prefecture's short form
 *       (凉山州…, for 凉山彝族自治州);</li>
 *   <li>county: a county's full name (交城县…, 长治市上党区…), or a former one (长治县…);</li>
 * </ul>
 * else none. 中共 before a place (中共长治市委…) gives that place's level. The names come from the
 * provinces table, the city codes and the gazetteer, so the same rules cover all of China once the
 * nationwide gazetteer is in place. A bare two-character name that is not a 县 or 旗 (城区, 矿区, 郊区) counts
 * only after its city's name, since such words begin ordinary titles too.
 */
public final class TitleLevel {

    /**
     * The place a title or body name begins with.
     *
     * @param level    its level
     * @param division its division code; null for national, or where the name belongs to several units
     *                 that the jurisdiction does not tell apart
     */
    public record Place(Level level, String division) {
        public Place {
            requireNonNull(level, "level");
        }
    }

    /** A unit a name stands for. */
    private record Ref(String code, Level level) {
    }

    /** A 国家… body: 国家发展改革委关于…, 国家卫生健康委办公厅关于…, 国家能源局 …. */
    private static final Pattern NATIONAL_AGENCY = Pattern.compile(
            "^国家\\p{IsHan}{1,12}?(委员会|总局|委|部|局|署)(?=关于|、|，|,|和|与|及|令|公告|办公厅|联合|等|印发|发布|\\s|$)");
    /** Names in the gazetteer that are no unit's name but a grouping (the counties of a municipality …). */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    /** Characters a title may begin with before its first name. */
    private static final String OPENERS = "《〈<“\"‘'「『（(";

    private final List<String> nationalBodies;
    private final Map<String, List<Ref>> byName = new HashMap<>();
    private int maxNameLength;

    /** Reads names from {@code data}: its national bodies, provinces, city codes and gazetteer. */
    public TitleLevel(ReferenceData data) {
        requireNonNull(data, "data");
        this.nationalBodies = data.nationalBodies();
        Gazetteer g = data.gazetteer();
        data.provinces().all().forEach(p -> add(p.name(), p.code(), Level.PROVINCIAL));
        for (String level : List.of(Gazetteer.PROVINCE, Gazetteer.CITY, Gazetteer.COUNTY)) {
            for (Gazetteer.Unit u : g.units(level)) {
                if (!PLACEHOLDERS.contains(u.name())) {
                    Level.ofUnit(u).ifPresent(l -> add(u.name(), u.code(), l));
                }
            }
        }
        data.cityCodes().all().forEach(c -> add(c.name(), c.code(), c.level()));
        for (Gazetteer.FormerName f : g.allFormerNames()) {
            g.byCode(f.currentCode()).flatMap(Level::ofUnit)
                    .filter(l -> l == Level.MUNICIPAL || l == Level.COUNTY)
                    .ifPresent(l -> add(f.name(), f.currentCode(), l));
        }
        // 凉山州人民政府办公室, 积石山县人民政府: an autonomous unit's short form, where it is no other unit's name
        Set<String> names = Set.copyOf(byName.keySet());
        for (String level : List.of(Gazetteer.CITY, Gazetteer.COUNTY)) {
            for (Gazetteer.Unit u : g.units(level)) {
                g.autonomousShortForm(u.name()).filter(a -> !names.contains(a))
                        .ifPresent(a -> Level.ofUnit(u).ifPresent(l -> add(a, u.code(), l)));
            }
        }
    }

    /** The levels stated by titles against the built-in reference data. */
    public static TitleLevel standard() {
        return new TitleLevel(ReferenceData.standard());
    }

    private void add(String name, String code, Level level) {
        List<Ref> refs = byName.computeIfAbsent(name, k -> new ArrayList<>());
        Ref ref = new Ref(code, level);
        if (!refs.contains(ref)) {
            refs.add(ref);
        }
        maxNameLength = Math.max(maxNameLength, name.length());
    }

    /** The level {@code title} states, or empty where it begins with no name of a level. */
    public Optional<Level> of(String title) {
        return place(title, null).map(Place::level);
    }

    /**
     * The place {@code text} (a title or a body's name) begins with; where the name belongs to several
     * units, the one in the province of {@code jurisdiction} (a division code, or null) if that is unique.
     */
    public Optional<Place> place(String text, String jurisdiction) {
        requireNonNull(text, "text");
        String s = stripOpeners(text);
        if (isNational(s)) {
            return Optional.of(new Place(Level.NATIONAL, null));
        }
        if (s.startsWith("中共")) {
            s = s.substring(2);
        }
        List<Ref> current = List.of();
        int pos = 0;
        while (true) {
            int length = 0;
            List<Ref> next = List.of();
            for (int len = Math.min(maxNameLength, s.length() - pos); len >= 2 && next.isEmpty(); len--) {
                String name = s.substring(pos, pos + len);
                next = continuations(name, current);
                length = len;
            }
            if (next.isEmpty()) {
                break;
            }
            current = next;
            pos += length;
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Set<Level> levels = current.stream().map(Ref::level).collect(Collectors.toSet());
        if (levels.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new Place(levels.iterator().next(), unique(current, jurisdiction)));
    }

    /** Whether {@code s} begins with a national body's name. */
    private boolean isNational(String s) {
        return nationalBodies.stream().anyMatch(s::startsWith) || NATIONAL_AGENCY.matcher(s).find();
    }

    /** The units {@code name} stands for after {@code current} (their descendants), or at the start. */
    private List<Ref> continuations(String name, List<Ref> current) {
        List<Ref> refs = byName.get(name);
        if (refs == null) {
            return List.of();
        }
        if (current.isEmpty()) {
            boolean shortWord = name.length() < 3 && !name.endsWith("县") && !name.endsWith("旗");
            List<Ref> provinces = refs.stream().filter(r -> r.level() == Level.PROVINCIAL).toList();
            if (!provinces.isEmpty()) {
                // a municipality's name is its province's (北京市), whatever level the gazetteer also gives it
                return provinces;
            }
            return refs.stream().filter(r -> !(shortWord && r.level() == Level.COUNTY)).toList();
        }
        return refs.stream()
                .filter(r -> current.stream().anyMatch(c -> r.code().length() > c.code().length()
                        && r.code().startsWith(c.code())))
                .toList();
    }

    private static String unique(List<Ref> refs, String jurisdiction) {
        Set<String> codes = refs.stream().map(Ref::code).collect(Collectors.toCollection(LinkedHashSet::new));
        if (codes.size() == 1) {
            return codes.iterator().next();
        }
        if (jurisdiction != null && jurisdiction.length() >= 2) {
            String province = jurisdiction.substring(0, 2);
            List<String> inProvince = codes.stream().filter(c -> c.startsWith(province)).toList();
            if (inProvince.size() == 1) {
                return inProvince.get(0);
            }
        }
        return null;
    }

    private static String stripOpeners(String text) {
        int i = 0;
        String s = text.strip();
        while (i < s.length() && (OPENERS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
            i++;
        }
        return s.substring(i);
    }
}
