package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The jurisdiction of a document: the narrowest division its issuers' names identify (西安市鄠邑区人民政府
 * → 鄠邑区, 610118; 牟定县人民政府办公室 → 牟定县; 长治市人民政府 → 长治市, 1404; 凉山州人民政府办公室 → 凉山彝族自治州,
 * 5134; 山西省人民政府办公厅 → 14),
 * else the city its gazette's masthead names. {@link DivisionMatcher} resolves the names a document
 * shares with other places (城区, 新华区, 城关镇) inside it.
 */
public final class DivisionScope {

    /** What an issuer's name may open with before the place it belongs to (中共长治市委). */
    private static final String PARTY_PREFIX = "中共";
    private static final List<String> NAMED_LEVELS = List.of(Gazetteer.PROVINCE, Gazetteer.CITY, Gazetteer.COUNTY);

    private DivisionScope() {
    }

    /**
     * The code of the narrowest division that the issuers' names, or else the masthead city, identify.
     *
     * @param gazetteer    the divisions to look names up in
     * @param mastheadCity the city the gazette's masthead names (长治市), or null
     * @param issuerNames  the document's issuing bodies, in the order printed (may be empty)
     * @param text         text of the document (its title or body) that may name the city of an
     *                     issuer whose county name several places share, or null
     * @return a 2-, 4- or 6-digit division code, or null where nothing identifies one
     */
    public static String of(Gazetteer gazetteer, String mastheadCity, List<String> issuerNames, String text) {
        requireNonNull(gazetteer, "gazetteer");
        String masthead = mastheadCity == null ? null : unique(gazetteer, mastheadCity.strip(), null, null);
        String narrowest = null;
        for (String issuer : issuerNames == null ? List.<String>of() : issuerNames) {
            String code = placeOf(gazetteer, issuer, masthead, text);
            if (code != null && (narrowest == null || code.startsWith(narrowest))) {
                narrowest = code;
            }
        }
        if (narrowest == null && masthead == null && text != null) {
            return provinceNamedIn(gazetteer, text);
        }
        return narrowest != null ? narrowest : masthead;
    }

    /**
     * The province the text names first (国务院关于同意河北省调整保定市部分行政区划的批复 → 13), for a
     * document whose issuers name no place: a reply of the State Council is about the province it names.
     */
    private static String provinceNamedIn(Gazetteer gazetteer, String text) {
        String found = null;
        int first = Integer.MAX_VALUE;
        for (Gazetteer.Unit p : gazetteer.units(Gazetteer.PROVINCE)) {
            int at = text.indexOf(p.name());
            if (at >= 0 && at < first) {
                first = at;
                found = p.code();
            }
        }
        return found;
    }

    /** The division an issuer's name opens with: 西安市鄠邑区人民政府 → 610118; null where it names none. */
    private static String placeOf(Gazetteer gazetteer, String issuer, String context, String text) {
        String name = issuer == null ? "" : issuer.strip();
        int pos = name.startsWith(PARTY_PREFIX) ? PARTY_PREFIX.length() : 0;
        String code = null;
        while (pos < name.length()) {
            Step step = longestUnitAt(gazetteer, name, pos, code != null ? code : context, text);
            if (step == null) {
                break;
            }
            code = step.code();
            pos += step.length();
        }
        return code;
    }

    private record Step(String code, int length) {
    }

    /** The longest province, city or county name at {@code pos} that one unit inside {@code within} bears. */
    private static Step longestUnitAt(Gazetteer gazetteer, String name, int pos, String within, String text) {
        for (int end = name.length(); end > pos + 1; end--) {
            String candidate = name.substring(pos, end);
            String code = unique(gazetteer, candidate, within, text);
            if (code != null) {
                return new Step(code, end - pos);
            }
        }
        return null;
    }

    /**
     * The code of the one province, city or county named {@code name}: inside {@code within} where
     * that holds one, else the only one in the country, else the only one whose city or province
     * {@code text} names.
     */
    private static String unique(Gazetteer gazetteer, String name, String within, String text) {
        List<Gazetteer.Unit> named = new ArrayList<>();
        List<Gazetteer.Unit> full = gazetteer.byFullName(name);
        // 凉山州人民政府办公室, 积石山县人民政府: an autonomous unit's government prints its short form
        for (Gazetteer.Unit u : full.isEmpty() ? gazetteer.byAutonomousShortForm(name) : full) {
            if (NAMED_LEVELS.contains(u.level())) {
                named.add(u);
            }
        }
        if (within != null) {
            List<Gazetteer.Unit> inside = named.stream().filter(u -> u.code().startsWith(within)).toList();
            if (!inside.isEmpty()) {
                return inside.size() == 1 ? inside.get(0).code() : null;
            }
        }
        if (named.size() == 1) {
            return named.get(0).code();
        }
        if (text == null || named.isEmpty()) {
            return null;
        }
        List<Gazetteer.Unit> placed = named.stream()
                .filter(u -> gazetteer.parentChain(u.code()).stream().skip(1).anyMatch(p -> text.contains(p.name())))
                .toList();
        return placed.size() == 1 ? placed.get(0).code() : null;
    }

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
    static DivisionNames.Candidate resolve(DivisionNames.Entry e, String scope) {
        return resolve(e, scope, null);
    }

    /** {@link #resolve(DivisionNames.Entry, String)}, first inside the city or province printed before the name. */
    static DivisionNames.Candidate resolve(DivisionNames.Entry e, String scope, String qualifier) {
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
        if (qualifier != null) {
            return null; // 保定市新市区: the city printed before it holds no unit of that name today, so it is none of them
        }
        return all.size() == 1 && !e.scopedOnly() ? all.get(0) : null;
    }
}
