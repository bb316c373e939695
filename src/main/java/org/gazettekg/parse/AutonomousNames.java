package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The short form texts print for an autonomous prefecture, county or banner: its name without the
 * nationalities it is named for, with 州, 县 or 旗 (恩施土家族苗族自治州 → 恩施州, 积石山保安族东乡族撒拉族自治县
 * → 积石山县, 龙胜各族自治县 → 龙胜县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗). The nationalities are read from
 * {@value #FILE} (built in, or the file of that name in a reference folder: see
 * {@link Gazetteer#read(java.nio.file.Path)}).
 */
final class AutonomousNames {

    /** The reference file listing the nationalities. */
    static final String FILE = "ethnic-groups.tsv";
    /** The classpath resource listing the nationalities. */
    static final String RESOURCE = Gazetteer.REFERENCE_FOLDER + FILE;

    /** The suffixes of an autonomous unit and the suffix its short form takes (州人民政府 of 恩施州人民政府). */
    private static final List<String[]> AUTONOMOUS_SUFFIXES = List.of(
            new String[] {"自治州", "州"}, new String[] {"自治县", "县"}, new String[] {"自治旗", "旗"});
    private static final String NATIONALITY = "族";
    /** 各族: the unit is named for all the nationalities living there (龙胜各族自治县). */
    private static final String ALL_NATIONALITIES = "各族";
    /** The fewest characters of a place name left once the nationalities are taken off. */
    private static final int MIN_STEM = 2;

    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();

    /** Nationality names, longest first, so that 土家族 is taken off before 土族 would be tried. */
    private final List<String> groups;

    private AutonomousNames(List<String> groups) {
        List<String> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.groups = List.copyOf(sorted);
    }

    /** The nationalities of the built-in {@value #RESOURCE}. */
    static AutonomousNames builtIn() {
        InputStream in = AutonomousNames.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The nationalities of a table in the layout of {@value #FILE} (a {@code name} column); closes {@code table}. */
    static AutonomousNames read(Reader table) {
        requireNonNull(table, "table");
        try (table) {
            List<String> groups = new ArrayList<>();
            for (CSVRecord r : TSV.parse(table)) {
                groups.add(r.get("name"));
            }
            return new AutonomousNames(groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The short form of an autonomous prefecture, county or banner named {@code name}, or empty for any
     * other name. A unit named for one nationality only, whose name is its whole place name (东乡族自治县,
     * 鄂伦春自治旗), takes that name: 东乡县, 鄂伦春旗.
     */
    Optional<String> shortForm(String name) {
        requireNonNull(name, "name");
        for (String[] suffix : AUTONOMOUS_SUFFIXES) {
            if (name.endsWith(suffix[0])) {
                return stem(name.substring(0, name.length() - suffix[0].length())).map(s -> s + suffix[1]);
            }
        }
        return Optional.empty();
    }

    /** The place name before the nationalities, or the one nationality where nothing precedes it. */
    private Optional<String> stem(String named) {
        String rest = named;
        String last = null;
        int taken = 0;
        String group;
        while ((group = groupAtEnd(rest)) != null) {
            last = group;
            rest = rest.substring(0, rest.length() - group.length());
            taken++;
        }
        if (taken == 0) {
            return Optional.empty();
        }
        if (rest.length() >= MIN_STEM) {
            return Optional.of(rest);
        }
        boolean onePlaceNamedGroup = rest.isEmpty() && taken == 1 && !last.equals(ALL_NATIONALITIES);
        String place = onePlaceNamedGroup && last.endsWith(NATIONALITY) ? last.substring(0, last.length() - 1) : last;
        return onePlaceNamedGroup && place.length() >= MIN_STEM ? Optional.of(place) : Optional.empty();
    }

    /**
     * The nationality printed at the end of {@code text}: a name with 族 (苗族), a name of two or more
     * characters without it (锡伯, 哈萨克), or 各族; null where none ends it.
     */
    private String groupAtEnd(String text) {
        if (text.endsWith(ALL_NATIONALITIES)) {
            return ALL_NATIONALITIES;
        }
        for (String g : groups) {
            if (text.endsWith(g + NATIONALITY)) {
                return g + NATIONALITY;
            }
            if (g.length() >= MIN_STEM && text.endsWith(g)) {
                return g;
            }
        }
        return null;
    }
}
