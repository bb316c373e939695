package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.gazettekg.parse.AgencyCodes;
import org.gazettekg.parse.Gazetteer;

/**
 * Resolves a 机关代字 to the body that issued the document, in the light of the document's jurisdiction.
 *
 * <h2>Readings of a code</h2>
 * Every reading of the code is collected, with the method it comes from:
 * <ul>
 *   <li>{@link Method#TABLE}: a form of {@code provinces.tsv} with the same stem and office marker (粤府办
 *       covers 粤府办函; 宁政办发 covers 宁政办规字), the longest prefix of {@code agency-codes.tsv} (national
 *       bodies, Shanxi), and the place codes of {@code city-codes.tsv} (宁 → 南京市, 穗 → 广州市). A row of
 *       {@code agency-codes.tsv} whose source says "by analogy" counts as a derivation, and names no office
 *       whose name (办公厅 or 办公室) {@code city-codes.tsv} does not attest;</li>
 *   <li>{@link Method#LEARNED}: evidence from the text ({@link LearnedCodes}), placed by its body's name;</li>
 *   <li>{@link Method#DERIVED}: a code of a government's form (place code + 政/府, then 办/厅 for the office,
 *       then 发, 函, 字, 规 …) whose place code is a province's 简称 or a city's or county's first character
 *       or short name (交 → 交城县, 渝北 → 渝北区, 恩施州 → 恩施土家族苗族自治州), unless a table gives the unit
 *       another code (晋城 晋市); the bare 州 (州政发) of the autonomous prefecture a document belongs to; and a
 *       province's 简称 followed by a department key of {@code provincial-departments.tsv} (湘民 → 湖南省民政厅).</li>
 * </ul>
 * A local unit whose code begins the 代字 but whose body cannot be named is a <em>shadow</em> reading: the
 * office of a city whose office is not attested as 办公厅 or 办公室 (长政办发 in 长沙), or a department of a
 * city or county (宁财 in 南京 is 南京市财政局, not 宁夏's). Shadows are never the answer, but they make the
 * code ambiguous where they are as near as the other readings.
 *
 * <h2>Choosing</h2>
 * Each reading is ranked by its distance from the jurisdiction {@code J}: 1 for national bodies and for
 * {@code J} itself and the units above it (its city, its province), 2 for units below {@code J}, 3 for other
 * units of {@code J}'s province, 4 for the rest of China (and for every local reading when {@code J} is
 * unknown). Only the nearest rank counts; in it, tables and evidence outweigh derivations, and the answer is
 * the one body left, or nothing when several are. An answer must also be within reach: provincial and
 * national bodies anywhere; a city or county in rank 1 or 2; in rank 3 a table row, evidence, or a derived
 * city (not a county: 交政发 in a 长治 document may be 交城 or 交口); in rank 4 only evidence. So 交政发 is
 * 交城县人民政府 in a 交城县 document and nothing without a jurisdiction; 宁政办发 is 南京市人民政府办公厅
 * in a 南京 document, 宁夏回族自治区人民政府办公厅 in a 宁夏 one, and nothing without a jurisdiction. The bare
 * 州 is within reach in rank 1 only: 州政发 is 凉山彝族自治州人民政府 in a document of 凉山 or of one of its
 * counties, and nothing in a 四川 provincial document, which three prefectures could have printed.
 *
 * <h2>Offices</h2>
 * A province's general office is always its 人民政府办公厅 and a county's (district's, banner's) its 人民政府办公室.
 * A city's office is named only where {@code city-codes.tsv} attests it (南京, 广州, 贵阳: 办公厅; 长治, 晋城,
 * 朔州: 办公室), since both names occur and some cities changed theirs; elsewhere a city's office code gives
 * no issuer, not the government with lower confidence.
 *
 * <p>The caller passes simplified characters (東府 arrives as 东府). A district's body is named with its city
 * (西安市鄠邑区人民政府), a county's without (交城县人民政府). Regions and leagues (地区, 盟), whose
 * governments are 行政公署, are not derived.
 */
public final class AgencyCodeResolver {

    /** What follows the first character of a national code that a county's party or office could print too. */
    private static final Set<String> PARTY_ENDINGS = Set.of("发", "办", "办发", "函", "办函");
    /** How {@code agency-codes.tsv} marks a row that is not attested but made up by analogy. */
    private static final String BY_ANALOGY = "by analogy";
    /** A government's general office. */
    private static final Pattern OFFICE_NAME = Pattern.compile("人民政府办公[厅室]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    /** Most answers kept: far more than the codes of any corpus, a bound against a text made of made-up codes. */
    private static final int MAX_KEPT_ANSWERS = 100_000;

    /**
     * A reading of a code. A shadow has no body. A weak reading is a table row that a local party or office
     * code could print as well (中发: 中共中央 国务院, or 中阳县委): it weighs no more than a derivation.
     */
    private record Reading(String body, String division, Level level, Method method, String source, boolean shadow,
            boolean weak, boolean ownJurisdictionOnly) {

        Reading(String body, String division, Level level, Method method, String source, boolean shadow) {
            this(body, division, level, method, source, shadow, false, false);
        }

        Reading(String body, String division, Level level, Method method, String source, boolean shadow,
                boolean weak) {
            this(body, division, level, method, source, shadow, weak, false);
        }

        /**
         * What tells readings apart: the body and its jurisdiction, or the unit of a shadow. Joint bodies
         * are one reading however they are spaced (中共中央办公厅国务院办公厅 as a title prints them).
         */
        String identity() {
            return shadow ? "shadow:" + division : SPACES.matcher(body).replaceAll("") + "|" + division;
        }

        /** 0 for tables and evidence, 1 for derivations, shadows and weak table rows. */
        int tier() {
            return method == Method.DERIVED || weak ? 1 : 0;
        }
    }

    /** A body printed with a code, placed, and named as a derived reading would name it. */
    private record LearnedPlace(String body, TitleLevel.Place place) {
    }

    private final ReferenceData data;
    private final TitleLevel places;
    private final LocalUnits localUnits;
    /** Answers given without learned evidence, by code and jurisdiction as asked (they depend on nothing else). */
    private final Map<String, Optional<Issuer>> byTables = new ConcurrentHashMap<>();
    /** The readings of each code from the tables and rules alone. */
    private final Map<String, List<Reading>> readingsByCode = new ConcurrentHashMap<>();
    /** The place of a printed body in a jurisdiction (body, then jurisdiction, as key). */
    private final Map<String, Optional<LearnedPlace>> learnedPlaces = new ConcurrentHashMap<>();

    /** A resolver over {@code data}. */
    public AgencyCodeResolver(ReferenceData data) {
        this.data = requireNonNull(data, "data");
        this.places = new TitleLevel(data);
        this.localUnits = new LocalUnits(data);
    }

    /** The place-code index this resolver reads, built once over its data and shared (read-only). */
    LocalUnits localUnits() {
        return localUnits;
    }

    /** A resolver over the built-in reference data. */
    public static AgencyCodeResolver standard() {
        return new AgencyCodeResolver(ReferenceData.standard());
    }

    /**
     * The body {@code agencyCode} stands for in a document of {@code jurisdiction} (a division code of 2, 4
     * or 6 digits, longer ones are cut to the county, or null when unknown), from the tables and rules only.
     */
    public Optional<Issuer> resolve(String agencyCode, String jurisdiction) {
        return resolve(agencyCode, jurisdiction, null);
    }

    /**
     * The body {@code agencyCode} stands for in a document of {@code jurisdiction}, weighing also the
     * evidence in {@code learned} (may be null); empty when unknown or ambiguous.
     */
    public Optional<Issuer> resolve(String agencyCode, String jurisdiction, LearnedCodes learned) {
        requireNonNull(agencyCode, "agencyCode");
        String code = agencyCode.strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<LearnedCodes.Evidence> evidence = learned == null ? List.of() : learned.evidence(code);
        if (!evidence.isEmpty()) {
            return decide(code, normalize(jurisdiction), evidence);
        }
        // Without evidence the answer is the tables' and rules' alone, the same for every file: kept.
        String key = code + '\u0000' + jurisdiction;
        Optional<Issuer> known = byTables.get(key);
        if (known == null) {
            known = decide(code, normalize(jurisdiction), List.of());
            if (byTables.size() < MAX_KEPT_ANSWERS) {
                byTables.put(key, known);
            }
        }
        return known;
    }

    /** The answer from the readings of {@code code} in {@code j}, with {@code evidence} learned from the file. */
    private Optional<Issuer> decide(String code, String j, List<LearnedCodes.Evidence> evidence) {
        List<Reading> readings = readings(code, j, evidence);
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        int best = readings.stream().mapToInt(r -> rank(r, j)).min().orElseThrow();
        List<Reading> nearest = readings.stream().filter(r -> rank(r, j) == best).toList();
        int tier = nearest.stream().mapToInt(Reading::tier).min().orElseThrow();
        List<Reading> top = nearest.stream().filter(r -> r.tier() == tier)
                .sorted(Comparator.comparing(Reading::method, Comparator.comparingInt(AgencyCodeResolver::preference)))
                .toList();
        if (top.stream().map(Reading::identity).distinct().count() != 1) {
            return Optional.empty();
        }
        Reading answer = top.get(0);
        if (answer.shadow() || !withinReach(answer, best)) {
            return Optional.empty();
        }
        // the same bodies as a table spells them (中共中央办公厅 国务院办公厅, not as one run of characters)
        String body = readings.stream().filter(r -> r.method() == Method.TABLE && !r.shadow()
                && r.identity().equals(answer.identity())).map(Reading::body).findFirst().orElse(answer.body());
        return Optional.of(new Issuer(body, answer.division(), answer.level(), answer.method(), answer.source()));
    }

    private static int preference(Method m) {
        return switch (m) {
            case TABLE -> 0;
            case LEARNED -> 1;
            case DERIVED -> 2;
        };
    }

    // ---- readings ---------------------------------------------------------------------------------

    private List<Reading> readings(String code, String j, List<LearnedCodes.Evidence> evidence) {
        List<Reading> fromTables = readingsByCode.get(code);
        if (fromTables == null) {
            fromTables = List.copyOf(tableReadings(code));
            if (readingsByCode.size() < MAX_KEPT_ANSWERS) {
                readingsByCode.put(code, fromTables);
            }
        }
        if (evidence.isEmpty()) {
            return fromTables;
        }
        List<Reading> out = new ArrayList<>(evidence.size() + fromTables.size());
        for (LearnedCodes.Evidence e : evidence) {
            learnedPlace(e.body(), j).ifPresent(p -> out.add(new Reading(p.body(), p.place().division(),
                    p.place().level(), Method.LEARNED, "learned: " + e.agencyCode() + " printed with " + e.body() + " at "
                            + e.provenance(), false)));
        }
        out.addAll(fromTables);
        return out;
    }

    /** The place of a body printed with a code, in {@code j}, and the body named as derived readings name it. */
    private Optional<LearnedPlace> learnedPlace(String body, String j) {
        String key = body + '\u0000' + j;
        Optional<LearnedPlace> known = learnedPlaces.get(key);
        if (known == null) {
            known = places.place(body, j).map(p -> new LearnedPlace(withCity(body, p.division()), p));
            if (learnedPlaces.size() < MAX_KEPT_ANSWERS) {
                learnedPlaces.put(key, known);
            }
        }
        return known;
    }

    /** The readings of {@code code} the tables and rules give: the same in every file and jurisdiction. */
    private List<Reading> tableReadings(String code) {
        AgencyCode parsed = AgencyCode.parse(code);
        List<Reading> out = new ArrayList<>();
        Set<String> provincesWithForm = new LinkedHashSet<>();
        for (Provinces.Form f : data.provinces().formsFor(parsed)) {
            provincesWithForm.add(f.national() ? "" : f.code());
            out.add(new Reading(f.body(), f.code(), f.national() ? Level.NATIONAL : Level.PROVINCIAL, Method.TABLE,
                    "provinces.tsv " + f.form() + ": " + f.example() + " — " + f.source(), false));
        }
        data.agencyCodes().lookup(code).flatMap(this::tableReading).ifPresent(out::add);
        if (parsed.isGovernmentForm()) {
            String place = parsed.place().orElseThrow();
            data.provinces().byAbbr(place).filter(p -> !provincesWithForm.contains(p.code()))
                    .ifPresent(p -> out.add(new Reading(parsed.office() ? p.office() : p.government(), p.code(),
                            Level.PROVINCIAL, Method.DERIVED, "derived: 简称 " + place + " of " + p.name() + " + "
                                    + parsed.code().substring(place.length()), false)));
            for (LocalUnits.LocalUnit u : localUnits.at(place)) {
                String body = parsed.office() ? u.office() : u.government();
                String how = u.how() + " + " + parsed.code().substring(place.length());
                out.add(body == null
                        ? new Reading(null, u.code(), u.level(), Method.DERIVED, how + " (office not attested)", true)
                        : new Reading(body, u.code(), u.level(), u.method(), how, false, false,
                                u.ownJurisdictionOnly()));
            }
        } else {
            departmentReadings(code).forEach(out::add);
            shadows(code).forEach(out::add);
        }
        return out;
    }

    /**
     * A body of a district named as the district's own documents name it, with its city (浦东新区人民政府 of
     * 310115 is 上海市浦东新区人民政府), as the derived readings name it; other bodies as printed.
     */
    private String withCity(String body, String division) {
        if (division == null || division.length() != 6) {
            return body;
        }
        return data.gazetteer().byCode(division).filter(u -> body.startsWith(u.name()))
                .map(u -> localUnits.displayName(u) + body.substring(u.name().length())).orElse(body);
    }

    /** The reading of a row of {@code agency-codes.tsv}, placed by its region. */
    private Optional<Reading> tableReading(AgencyCodes.Agency a) {
        Optional<Level> level = Level.ofLabel(a.level());
        if (level.isEmpty()) {
            return Optional.empty();
        }
        String division = switch (level.get()) {
            case NATIONAL -> null;
            case PROVINCIAL -> data.provinces().byName(a.region()).map(Provinces.Province::code).orElse(null);
            case MUNICIPAL, COUNTY -> localUnits.divisionOf(a.region()).orElse(null);
        };
        if (division == null && level.get() != Level.NATIONAL) {
            return Optional.empty();
        }
        String source = "agency-codes.tsv " + a.prefix() + ": " + a.source();
        if (a.source().startsWith(BY_ANALOGY)) {
            boolean unattestedOffice = OFFICE_NAME.matcher(a.body()).find() && data.cityCodes().byDivision(division)
                    .map(CityCodes.CityCode::office).filter(o -> !o.isEmpty()).isEmpty();
            return Optional.of(new Reading(unattestedOffice ? null : a.body(), division, level.get(), Method.DERIVED,
                    source + (unattestedOffice ? " (office not attested)" : ""), unattestedOffice));
        }
        boolean weak = level.get() == Level.NATIONAL && PARTY_ENDINGS.contains(a.prefix().substring(1));
        return Optional.of(new Reading(a.body(), division, level.get(), Method.TABLE, source, false, weak));
    }

    /** Provincial departments: 简称 + key (湘民发 → 湖南省民政厅). */
    private List<Reading> departmentReadings(String code) {
        List<Reading> out = new ArrayList<>();
        for (Provinces.Province p : data.provinces().all()) {
            if (p.abbr().isEmpty() || !code.startsWith(p.abbr()) || code.length() <= p.abbr().length()) {
                continue;
            }
            String rest = code.substring(p.abbr().length());
            data.departments().match(rest).ifPresent(d -> d.nameIn(p).ifPresent(name -> out.add(new Reading(name,
                    p.code(), Level.PROVINCIAL, Method.DERIVED, "derived: 简称 " + p.abbr() + " of " + p.name()
                            + " + department key " + d.key() + " (" + d.source() + ")", false))));
        }
        return out;
    }

    /** Cities and counties whose place code begins a code that is not of a government's form. */
    private List<Reading> shadows(String code) {
        List<Reading> out = new ArrayList<>();
        for (int len = 1; len < code.length() && len <= localUnits.maxPlaceCodeLength(); len++) {
            for (LocalUnits.LocalUnit u : localUnits.at(code.substring(0, len))) {
                out.add(new Reading(null, u.code(), u.level(), Method.DERIVED,
                        u.how() + " + " + code.substring(len) + " (a body of " + u.name() + " that no table names)",
                        true));
            }
        }
        return out;
    }

    // ---- ranking ----------------------------------------------------------------------------------

    /** Distance of a reading from the jurisdiction {@code j}: 1 nearest, 4 farthest. */
    private static int rank(Reading r, String j) {
        if (r.level() == Level.NATIONAL) {
            return 1;
        }
        String d = r.division();
        if (j == null || d == null) {
            return 4;
        }
        if (j.startsWith(d)) {
            return 1;
        }
        if (d.startsWith(j)) {
            return 2;
        }
        return d.regionMatches(0, j, 0, 2) ? 3 : 4;
    }

    /** Whether a reading of rank {@code rank} may be the answer. */
    private static boolean withinReach(Reading r, int rank) {
        if (r.ownJurisdictionOnly()) {
            return rank == 1; // 州政发 is the prefecture of the document that prints it, never a neighbour
        }
        if (r.level() == Level.NATIONAL || r.level() == Level.PROVINCIAL || rank <= 2) {
            return true;
        }
        if (rank == 3) {
            return r.method() != Method.DERIVED || r.level() == Level.MUNICIPAL;
        }
        return r.method() == Method.LEARNED;
    }

    /** A division code of 2, 4 or 6 digits; longer codes are cut to the county, 140000 is read as 14. */
    static String normalize(String jurisdiction) {
        if (jurisdiction == null) {
            return null;
        }
        String digits = NON_DIGITS.matcher(jurisdiction).replaceAll("");
        if (digits.length() > 6) {
            digits = digits.substring(0, 6);
        }
        while (digits.length() > 2 && digits.length() % 2 == 0 && digits.endsWith("00")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        return digits.length() >= 2 && digits.length() % 2 == 0 ? digits : null;
    }
}
