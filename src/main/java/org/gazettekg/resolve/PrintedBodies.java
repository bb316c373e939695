package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gazettekg.parse.Gazetteer;
import org.gazettekg.parse.Simplified;

/**
 * Bodies and places as printed, read against the reference data: a body's name in full (长治市人民政府,
 * 国务院) gives its place and level; a short form (市政府办公厅, 省政府) is completed with the place of the
 * document it is printed in.
 */
final class PrintedBodies {

    /** A short form of a government or its office: 市政府, 市政府办公厅, 区政府, 县人民政府办公室, 地区行署. */
    static final Pattern SHORT_FORM = Pattern.compile(
            "^(省|自治区|市|自治州|州|盟|地区|区|自治县|县|旗)(人民政府|政府|行政公署|行署)(办公厅|办公室)?$");

    /** A place a name or title begins with: its level and division code (null for national or ambiguous). */
    record Place(Level level, String division) {
    }

    private final Resolution resolution;

    PrintedBodies(Resolution resolution) {
        this.resolution = requireNonNull(resolution, "resolution");
    }

    /** A body printed with the document: in full, or in a short form completed with the place it governs. */
    ResolvedBody printed(String name, String jurisdiction, Basis basis) {
        Matcher shortForm = SHORT_FORM.matcher(Simplified.of(name));
        if (shortForm.matches()) {
            return expand(name, shortForm, jurisdiction);
        }
        Optional<Place> place = placeOf(name, jurisdiction);
        return new ResolvedBody(name, place.map(Place::division).orElse(null), place.map(Place::level).orElse(null), basis);
    }

    /**
     * 市政府办公厅 in a 南京 document is 南京市人民政府办公厅: the nearest unit of the document's place
     * whose name ends as the short form's place word does. Without such a unit the short form stays as printed.
     */
    private ResolvedBody expand(String printed, Matcher shortForm, String jurisdiction) {
        String placeWord = shortForm.group(1);
        Gazetteer gazetteer = resolution.data().gazetteer();
        List<Gazetteer.Unit> chain = jurisdiction == null ? List.of() : gazetteer.parentChain(jurisdiction);
        for (Gazetteer.Unit unit : chain) {
            if (unit.name().endsWith(placeWord) && Level.ofUnit(unit).isPresent()) {
                boolean commissioner = shortForm.group(2).startsWith("行");
                String office = shortForm.group(3) == null ? "" : shortForm.group(3);
                // A district is named with its city (长治市上党区人民政府), as its own documents print it.
                String place = "区".equals(placeWord) ? cityOf(unit.code()).map(c -> c + unit.name()).orElse(unit.name())
                        : unit.name();
                String full = place + (commissioner ? "行政公署" : "人民政府") + office;
                return new ResolvedBody(full, unit.code(), Level.ofUnit(unit).get(), Basis.PRINTED_SHORT);
            }
        }
        return new ResolvedBody(printed, null, null, Basis.PRINTED_SHORT);
    }

    /** The place {@code text} begins with, disambiguated by {@code jurisdiction}. */
    Optional<Place> placeOf(String text, String jurisdiction) {
        return resolution.places().place(Simplified.of(text), jurisdiction).map(p -> new Place(p.level(), p.division()));
    }

    /** True when {@code name} names its place (长治市人民政府, 国务院), not a short form (市政府). */
    boolean isFull(String name) {
        return !SHORT_FORM.matcher(Simplified.of(name)).matches() && placeOf(name, null).isPresent();
    }

    /** The prefecture-level city of a division: itself, or the city it lies in; empty for provinces. */
    Optional<String> cityOf(String division) {
        return cityUnitOf(division).map(Gazetteer.Unit::name);
    }

    /** The prefecture-level city unit of a division: itself, or the city it lies in; empty for provinces. */
    Optional<Gazetteer.Unit> cityUnitOf(String division) {
        if (division == null) {
            return Optional.empty();
        }
        return resolution.data().gazetteer().parentChain(division).stream()
                .filter(u -> Gazetteer.CITY.equals(u.level())).findFirst();
    }
}
