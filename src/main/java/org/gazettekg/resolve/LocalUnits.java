package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gazettekg.parse.AgencyCodes;
import org.gazettekg.parse.Gazetteer;

/**
 * The cities and counties whose governments a 机关代字's place code may name, indexed by place code:
 * the codes the tables give (city-codes.tsv, a city's 政发 row of agency-codes.tsv) and, for the rest,
 * codes derived from the gazetteer (a unit's first character, its short name, an autonomous prefecture's
 * short form: 恩施州). Every autonomous prefecture is also named by 州 (州政发), a code that only the
 * prefecture's own documents print.
 */
final class LocalUnits {

    /** Names in the gazetteer that group units rather than name one. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    /** The form of a city's government code in {@code agency-codes.tsv}, which gives the city's place code. */
    private static final String GOVERNMENT_FORM = "政发";

    /**
     * A city or county whose government may be named by a place code.
     *
     * @param ownJurisdictionOnly true for a code that names the unit only inside its own documents (州政发:
     *                            the autonomous prefecture the document belongs to, and no other)
     */
    record LocalUnit(String code, String name, Level level, String government, String office, Method method,
            String how, boolean ownJurisdictionOnly) {

        LocalUnit(String code, String name, Level level, String government, String office, Method method, String how) {
            this(code, name, level, government, office, method, how, false);
        }
    }

    /** The place code an autonomous prefecture's own documents may print for it: 州 (州政发, 州府办发). */
    static final String PREFECTURE_WORD = "州";

    private final ReferenceData data;
    private final Map<String, List<LocalUnit>> byPlaceCode = new HashMap<>();
    private int maxPlaceCodeLength;

    /** The index over {@code data}. */
    LocalUnits(ReferenceData data) {
        this.data = requireNonNull(data, "data");
        indexLocalUnits();
    }

    /** The units {@code placeCode} may name. */
    List<LocalUnit> at(String placeCode) {
        return byPlaceCode.getOrDefault(placeCode, List.of());
    }

    /** The length of the longest place code. */
    int maxPlaceCodeLength() {
        return maxPlaceCodeLength;
    }

    private void indexLocalUnits() {
        Gazetteer g = data.gazetteer();
        Map<String, List<String[]>> explicit = explicitPlaceCodes();
        Set<String> seen = new LinkedHashSet<>();
        List<Gazetteer.Unit> units = new ArrayList<>(g.units(Gazetteer.CITY));
        units.addAll(g.units(Gazetteer.COUNTY));
        for (Gazetteer.Unit u : units) {
            if (PLACEHOLDERS.contains(u.name()) || u.name().endsWith("地区") || u.name().endsWith("盟")
                    || data.provinces().byName(u.name()).isPresent()) {
                // groupings, regions and leagues (行政公署), and a municipality listed again as its own city
                continue;
            }
            Level level = Level.ofUnit(u).orElseThrow();
            index(u.code(), u.name(), level, displayName(u), explicit, seen);
        }
        for (CityCodes.CityCode c : data.cityCodes().all()) {
            if (!seen.contains(c.code())) {
                index(c.code(), c.name(), c.level(), c.name(), explicit, seen);
            }
        }
    }

    private void index(String code, String name, Level level, String displayName, Map<String, List<String[]>> explicit,
            Set<String> seen) {
        String government = displayName + "人民政府";
        String office = level == Level.COUNTY ? government + "办公室"
                : data.cityCodes().byDivision(code).map(CityCodes.CityCode::office).filter(o -> !o.isEmpty())
                        .map(o -> government + o).orElse(null);
        List<String[]> codes = explicit.getOrDefault(code, List.of());
        if (!codes.isEmpty()) {
            for (String[] c : codes) {
                Method method = c[1].startsWith(CityCodes.FILE_NAME) ? Method.TABLE : Method.DERIVED;
                LocalUnit entry = new LocalUnit(code, name, level, government, office, method,
                        (method == Method.TABLE ? "" : "derived: ") + c[1] + ": " + name + " (" + code + ") 代字 "
                                + c[0]);
                put(c[0], entry);
            }
        } else {
            String first = name.substring(0, 1);
            put(first, new LocalUnit(code, name, level, government, office, Method.DERIVED,
                    "derived: " + name + " (" + code + ") first character " + first));
            String shortForm = Gazetteer.shortForm(name);
            if (!shortForm.equals(name) && shortForm.length() >= 2) {
                put(shortForm, new LocalUnit(code, name, level, government, office, Method.DERIVED,
                        "derived: " + name + " (" + code + ") short name " + shortForm));
            }
            if (level == Level.MUNICIPAL) {
                // 恩施州政发: an autonomous prefecture's code is its printed short form
                data.gazetteer().autonomousShortForm(name).ifPresent(a -> put(a, new LocalUnit(code, name, level,
                        government, office, Method.DERIVED, "derived: " + name + " (" + code + ") short name " + a)));
            }
        }
        if (level == Level.MUNICIPAL && data.gazetteer().autonomousShortForm(name).isPresent()) {
            put(PREFECTURE_WORD, new LocalUnit(code, name, level, government, office, Method.DERIVED, "derived: "
                    + name + " (" + code + ") 州, the autonomous prefecture of the document's own jurisdiction", true));
        }
        seen.add(code);
    }

    private void put(String placeCode, LocalUnit u) {
        byPlaceCode.computeIfAbsent(placeCode, k -> new ArrayList<>()).add(u);
        maxPlaceCodeLength = Math.max(maxPlaceCodeLength, placeCode.length());
    }

    /**
     * Division → its place codes given by a table, each with the table: {@code city-codes.tsv}, and the
     * cities of {@code agency-codes.tsv} by their {@code X政发} row (长治市 → 长, 晋城市 → 晋市).
     */
    private Map<String, List<String[]>> explicitPlaceCodes() {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (CityCodes.CityCode c : data.cityCodes().all()) {
            if (!c.agencyCode().isEmpty()) {
                String table = CityCodes.FILE_NAME + " (" + c.example() + " — " + c.source() + ")";
                out.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(new String[] {c.agencyCode(), table});
            }
        }
        for (AgencyCodes.Agency a : data.agencyCodes().all()) {
            if ("municipal".equals(a.level()) && a.prefix().endsWith(GOVERNMENT_FORM)
                    && a.prefix().length() > GOVERNMENT_FORM.length()) {
                String placeCode = a.prefix().substring(0, a.prefix().length() - GOVERNMENT_FORM.length());
                divisionOf(a.region()).ifPresent(d -> {
                    List<String[]> codes = out.computeIfAbsent(d, k -> new ArrayList<>());
                    if (codes.stream().noneMatch(c -> c[0].equals(placeCode))) {
                        codes.add(new String[] {placeCode, AgencyCodes.FILE_NAME + " " + a.prefix()});
                    }
                });
            }
        }
        return out;
    }

    /** The division code of the city or county named {@code name}. */
    Optional<String> divisionOf(String name) {
        Optional<String> fromTable = data.cityCodes().byName(name).map(CityCodes.CityCode::code);
        if (fromTable.isPresent()) {
            return fromTable;
        }
        List<Gazetteer.Unit> units = data.gazetteer().byFullName(name).stream()
                .filter(u -> Gazetteer.CITY.equals(u.level()) || Gazetteer.COUNTY.equals(u.level())).toList();
        return units.size() == 1 ? Optional.of(units.get(0).code()) : Optional.empty();
    }

    /**
     * A county-level unit's name as its government prints it: a district (区) with its city's name
     * (西安市鄠邑区, 北京市朝阳区), a county, banner or county-level city without (交城县, 永康市).
     */
    String displayName(Gazetteer.Unit u) {
        if (!Gazetteer.COUNTY.equals(u.level()) || !u.name().endsWith("区") || u.name().endsWith("林区")
                || u.name().endsWith("特区") || u.parentCode() == null) {
            return u.name();
        }
        Optional<Gazetteer.Unit> parent = data.gazetteer().byCode(u.parentCode());
        if (parent.isEmpty()) {
            return data.cityCodes().byDivision(u.parentCode()).map(c -> c.name() + u.name()).orElse(u.name());
        }
        if (!PLACEHOLDERS.contains(parent.get().name())) {
            return parent.get().name() + u.name();
        }
        String province = u.code().substring(0, 2);
        return data.provinces().byCode(province).filter(Provinces.Province::isMunicipality)
                .map(p -> p.name() + u.name()).orElse(u.name());
    }
}
