package org.gazettekg.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gazettekg.parse.Gazetteer;
import org.gazettekg.resolve.CityCodes;
import org.gazettekg.resolve.Provinces;
import org.gazettekg.resolve.ReferenceData;

/**
 * The cities a generated gazette can be moved to: every prefecture-level unit of the gazetteer and
 * the four municipalities, each with its province, its counties and the code its government's
 * 机关代字 begin with (from city-codes.tsv where attested, else an autonomous prefecture's short form, the
 * first character of its name, or a municipality's 简称: rules the resolver applies too).
 */
final class NationalCities {

    /**
     * A city of the reference data.
     *
     * @param code       its division code
     * @param name       its full name (长治市)
     * @param agencyCode the code its government's 机关代字 begin with (长, 晋市, 穗)
     * @param province   its province (a municipality is its own)
     * @param counties   the full names of its county-level units, sorted
     */
    record City(String code, String name, String agencyCode, Provinces.Province province, List<String> counties) {
        City {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(agencyCode, "agencyCode");
            requireNonNull(province, "province");
            counties = List.copyOf(requireNonNull(counties, "counties"));
        }

        boolean isMunicipality() {
            return province.name().equals(name);
        }
    }

    private final List<City> cities;

    private NationalCities(List<City> cities) {
        this.cities = List.copyOf(cities);
    }

    /** The cities of the standard reference data. */
    static NationalCities standard() {
        return of(ReferenceData.standard());
    }

    /** The cities of {@code data}, sorted by division code. */
    static NationalCities of(ReferenceData data) {
        Gazetteer g = data.gazetteer();
        CityCodes codes = data.cityCodes();
        Set<String> provinceCodes = new HashSet<>();
        data.provinces().all().forEach(p -> provinceCodes.add(p.abbr()));
        List<City> out = new ArrayList<>();
        for (Provinces.Province p : data.provinces().all()) {
            if (p.code().isEmpty()) {
                continue;
            }
            if (p.isMunicipality()) {
                out.add(city(p.code(), p.name(), p, g, codes, provinceCodes));
            }
            for (Gazetteer.Unit u : g.children(p.code())) {
                if (Gazetteer.CITY.equals(u.level())) {
                    out.add(city(u.code(), u.name(), p, g, codes, provinceCodes));
                }
            }
        }
        out.sort(Comparator.comparing(City::code));
        return new NationalCities(out);
    }

    private static City city(String code, String name, Provinces.Province p, Gazetteer g, CityCodes codes,
            Set<String> provinceCodes) {
        String agency = codes.byDivision(code).map(CityCodes.CityCode::agencyCode)
                .orElse(p.isMunicipality() ? p.abbr() : derivedCode(name, provinceCodes, g));
        List<String> counties = g.children(code).stream()
                .filter(c -> Gazetteer.COUNTY.equals(c.level()))
                .map(Gazetteer.Unit::name)
                .sorted()
                .toList();
        return new City(code, name, agency, p, counties);
    }

    /**
     * The code a city with no row in the city codes prints: an autonomous prefecture's printed short form
     * (恩施州政发, 黔西南州府办发: never its full name, which no government prints and no 文号 has room for);
     * else its first character, unless that is a province's 简称 (鄂州's 鄂 is Hubei's; 鄂州 prints 鄂州政发),
     * then its short name.
     */
    static String derivedCode(String name, Set<String> provinceCodes, Gazetteer gazetteer) {
        Optional<String> autonomous = gazetteer.autonomousShortForm(name);
        if (autonomous.isPresent()) {
            return autonomous.get();
        }
        String first = name.substring(0, 1);
        return provinceCodes.contains(first) ? Gazetteer.shortForm(name) : first;
    }

    /** Every city, sorted by division code. */
    List<City> all() {
        return cities;
    }

    /**
     * Every city, one of each province in turn: the first city of every province, then the second of
     * every province that has two, and so on, so that any run of as many cities as there are
     * provinces near the start covers them all.
     */
    List<City> interleaved() {
        Map<String, List<City>> byProvince = new LinkedHashMap<>();
        cities.forEach(c -> byProvince.computeIfAbsent(c.province().code(), k -> new ArrayList<>()).add(c));
        List<City> out = new ArrayList<>(cities.size());
        for (int rank = 0; out.size() < cities.size(); rank++) {
            for (List<City> list : byProvince.values()) {
                if (rank < list.size()) {
                    out.add(list.get(rank));
                }
            }
        }
        return out;
    }

    /** The city whose full name {@code text} prints most often (ties: the lowest code), if any is printed. */
    Optional<City> printedMost(String text) {
        City best = null;
        int most = 0;
        for (City c : cities) {
            int n = occurrences(text, c.name());
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The number of provinces the cities belong to. */
    long provinceCount() {
        return cities.stream().map(c -> c.province().code()).distinct().count();
    }

    static int occurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
