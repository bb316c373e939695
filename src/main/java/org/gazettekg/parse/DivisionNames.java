package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadTrie;

/**
 * Every name of the gazetteer that a document may use for a division, compiled into one
 * Aho–Corasick automaton, so that a document is read once whatever the size of the gazetteer:
 * county-level units by full name, former name, short form and, for autonomous counties and banners,
 * the short form with its suffix (积石山县: counted only where the document's jurisdiction holds one
 * unit of that name); provinces and cities by full name, autonomous prefectures by their short form too
 * (临夏州);
 * the districts whose stem is one character (城区, 郊区, 矿区), which read as ordinary words.
 */
final class DivisionNames {

    /**
     * How a county-level unit is written: its full name, a former name, its short form (壶关), or the
     * short form of an autonomous county or banner, with its suffix (积石山县, {@link AutonomousNames}).
     */
    enum Form { FULL, FORMER, SHORT, AUTONOMOUS }

    /**
     * One unit a written name may stand for.
     *
     * @param code     its code
     * @param rowName  the name a row is written with: the name as matched, or the full name of a short form
     */
    record Candidate(String code, String rowName) {
    }

    /**
     * A written name of county-level units.
     *
     * @param name       the name as written
     * @param form       full, former or short
     * @param candidates every unit it may stand for, in code order
     * @param scopedOnly true for a name that is an ordinary word as well (新城区, 老城区): it counts
     *                   only where a document's jurisdiction resolves it
     */
    record Entry(String name, Form form, List<Candidate> candidates, boolean scopedOnly) {
    }

    /** What one key of the automaton is: a county-level name, a higher unit's name, a generic district. */
    private record Key(Entry county, List<Gazetteer.Unit> higher, boolean generic) {
    }

    private static final int PAIR_BUCKETS = 1 << 20;

    /** Districts named for a part of a town: ordinary words unless a jurisdiction resolves them. */
    private static final Set<String> TOWN_PART_DISTRICTS = Set.of("新城区", "老城区");

    private final Gazetteer gazetteer;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, List<Gazetteer.Unit>> higher = new HashMap<>();
    private final Set<String> generic = new LinkedHashSet<>();
    private final PayloadTrie<Key> trie;
    /** For each (hashed) pair of characters, the length of the longest name that starts with it (0: none). */
    private final byte[] longestFromPair = new byte[PAIR_BUCKETS];
    /** Whether a name starts with the character: a test cheaper than a pair's. */
    private final boolean[] startsAName = new boolean[Character.MAX_VALUE + 1];

    DivisionNames(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        indexHigherUnits();
        indexCounties();
        trie = build();
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** 城区, 矿区, 郊区: a district whose stem is a single character is an ordinary word. */
    static boolean isGenericDistrict(String name) {
        return name.length() == 2 && name.endsWith("区");
    }

    private void indexHigherUnits() {
        for (String level : List.of(Gazetteer.PROVINCE, Gazetteer.CITY)) {
            for (Gazetteer.Unit u : gazetteer.units(level)) {
                higher.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
            }
        }
        // an autonomous prefecture is printed by its short form (临夏州积石山县, 恩施州人民政府) far more than in full
        Set<String> fullNames = Set.copyOf(higher.keySet());
        for (Gazetteer.Unit u : gazetteer.units(Gazetteer.CITY)) {
            gazetteer.autonomousShortForm(u.name()).filter(a -> !fullNames.contains(a))
                    .ifPresent(a -> higher.computeIfAbsent(a, k -> new ArrayList<>()).add(u));
        }
    }

    private void indexCounties() {
        Set<String> higherShortForms = new LinkedHashSet<>();
        higher.values().forEach(us -> us.forEach(u -> higherShortForms.add(u.shortForm())));
        Set<String> currentNames = new LinkedHashSet<>(higher.keySet());
        List<Gazetteer.Unit> counties = gazetteer.units(Gazetteer.COUNTY);
        counties.forEach(u -> currentNames.add(u.name()));
        Map<String, List<Candidate>> full = new LinkedHashMap<>();
        Map<String, List<Candidate>> shortForms = new LinkedHashMap<>();
        Map<String, List<Candidate>> former = new LinkedHashMap<>();
        Map<String, List<Candidate>> autonomous = new LinkedHashMap<>();
        for (Gazetteer.Unit u : counties) {
            if (isGenericDistrict(u.name())) {
                generic.add(u.name());
                continue;
            }
            full.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(new Candidate(u.code(), u.name()));
            gazetteer.autonomousNames().shortForm(u.name()).filter(a -> !currentNames.contains(a)).ifPresent(a ->
                    autonomous.computeIfAbsent(a, k -> new ArrayList<>()).add(new Candidate(u.code(), a)));
            String shortForm = u.shortForm();
            if (!shortForm.equals(u.name()) && !higherShortForms.contains(shortForm)) {
                shortForms.computeIfAbsent(shortForm, k -> new ArrayList<>()).add(new Candidate(u.code(), u.name()));
            }
        }
        for (Gazetteer.FormerName f : gazetteer.allFormerNames()) {
            boolean countyLevel = gazetteer.byCode(f.currentCode())
                    .filter(u -> u.level().equals(Gazetteer.COUNTY)).isPresent();
            if (countyLevel && !isGenericDistrict(f.name()) && !currentNames.contains(f.name())) {
                List<Candidate> cs = former.computeIfAbsent(f.name(), k -> new ArrayList<>());
                if (cs.stream().noneMatch(c -> c.code().equals(f.currentCode()))) {
                    cs.add(new Candidate(f.currentCode(), f.name()));
                }
            }
        }
        full.forEach((name, cs) -> entries.put(name, entry(name, Form.FULL, cs)));
        former.forEach((name, cs) -> entries.putIfAbsent(name, entry(name, Form.FORMER, cs)));
        // an autonomous county's short form is written as a name of its own: only its jurisdiction decides it
        autonomous.forEach((name, cs) -> entries.putIfAbsent(name, new Entry(name, Form.AUTONOMOUS, List.copyOf(cs), true)));
        shortForms.forEach((name, cs) -> entries.putIfAbsent(name, entry(name, Form.SHORT, cs)));
    }

    private static Entry entry(String name, Form form, List<Candidate> candidates) {
        return new Entry(name, form, List.copyOf(candidates), TOWN_PART_DISTRICTS.contains(name));
    }

    private PayloadTrie<Key> build() {
        Set<String> names = new LinkedHashSet<>(entries.keySet());
        names.addAll(higher.keySet());
        names.addAll(generic);
        PayloadTrie.PayloadTrieBuilder<Key> builder = PayloadTrie.builder();
        for (String name : names) {
            builder.addKeyword(name, new Key(entries.get(name), higher.get(name), generic.contains(name)));
            startsAName[name.charAt(0)] = true;
            int pair = pair(name.charAt(0), name.charAt(1));
            longestFromPair[pair] = (byte) Math.max(longestFromPair[pair], Math.min(name.length(), Byte.MAX_VALUE));
        }
        return builder.build();
    }

    /** The bucket of two consecutive characters; names are at least two characters long. */
    private static int pair(char first, char second) {
        return (first * 31 + second) & (PAIR_BUCKETS - 1);
    }

    /** The county-level entry written exactly as {@code name}, or null. */
    Entry entry(String name) {
        return entries.get(name);
    }

    /** The provinces and cities named exactly {@code name} (empty: none). */
    List<Gazetteer.Unit> higherUnits(String name) {
        return higher.getOrDefault(name, List.of());
    }

    /**
     * Where each known name occurs in {@code text}. The automaton reads only the stretches where a
     * name can start (its first two characters begin one) up to the longest such name: most of a
     * document names nothing, and a table lookup per character costs less than a step of the automaton.
     */
    Index index(String text) {
        Index index = new Index(text.length());
        int windowStart = 0;
        int windowEnd = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            int longest = startsAName[c] ? longestFromPair[pair(c, text.charAt(i + 1))] : 0;
            if (longest == 0) {
                continue;
            }
            if (i > windowEnd) {
                scan(text, windowStart, windowEnd, index);
                windowStart = i;
            }
            windowEnd = Math.max(windowEnd, Math.min(text.length(), i + longest));
        }
        scan(text, windowStart, windowEnd, index);
        return index;
    }

    private void scan(String text, int from, int to, Index index) {
        if (to - from < 2) {
            return;
        }
        trie.parseText(text.substring(from, to), emit -> {
            index.add(from + emit.getStart(), from + emit.getEnd() + 1, emit.getPayload());
            return true;
        });
    }

    /** The longest name of each kind that starts at each position of one text. */
    static final class Index {
        private final Entry[] county;
        private final int[] higherLength;
        private final int[] genericLength;
        private final int[] higherEndingAt;

        private Index(int length) {
            county = new Entry[length];
            higherLength = new int[length];
            genericLength = new int[length];
            higherEndingAt = new int[length + 1];
        }

        private void add(int start, int end, Key key) {
            int length = end - start;
            if (key.county() != null && (county[start] == null || county[start].name().length() < length)) {
                county[start] = key.county();
            }
            if (key.higher() != null) {
                higherLength[start] = Math.max(higherLength[start], length);
                higherEndingAt[end] = Math.max(higherEndingAt[end], length);
            }
            if (key.generic()) {
                genericLength[start] = Math.max(genericLength[start], length);
            }
        }

        /** The longest county-level name starting at {@code i}, or null. */
        Entry countyAt(int i) {
            return i >= 0 && i < county.length ? county[i] : null;
        }

        /** The length of the longest province or city name starting at {@code i} (0: none). */
        int higherAt(int i) {
            return i >= 0 && i < higherLength.length ? higherLength[i] : 0;
        }

        /** True when a province or city name ends right before {@code i}. */
        boolean higherEndsAt(int i) {
            return higherEndingAt(i) > 0;
        }

        /** The length of the longest province or city name ending right before {@code i} (0: none). */
        int higherEndingAt(int i) {
            return i >= 0 && i < higherEndingAt.length ? higherEndingAt[i] : 0;
        }

        /** The length of a generic district name (城区) starting at {@code i} (0: none). */
        int genericAt(int i) {
            return i >= 0 && i < genericLength.length ? genericLength[i] : 0;
        }
    }
}
