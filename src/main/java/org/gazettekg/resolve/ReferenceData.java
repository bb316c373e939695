package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gazettekg.parse.AgencyCodes;
import org.gazettekg.parse.Gazetteer;

/**
 * All reference data the resolve stage reads, in one place: the provinces and their code forms, the city
 * codes, the provincial department keys, the 机关代字 table, the national bodies and the gazetteer.
 *
 * <p>Each file is read from a folder when the folder holds a file of that name, else from the built-in
 * copy on the classpath under {@value #CLASSPATH_FOLDER}: a folder given with {@code --reference DIR} (or
 * similar) replaces or extends the data without a rebuild. The gazetteer is read from the folder when it
 * holds {@value #DIVISIONS} (see {@link Gazetteer#read(Path)}), else it is {@link Gazetteer#standard()}.
 */
public final class ReferenceData {

    /** The classpath folder of the built-in reference files. */
    public static final String CLASSPATH_FOLDER = "/gazettekg/reference/";
    /** The file of national bodies' names (see {@link TitleLevel}). */
    public static final String NATIONAL_BODIES = "national-bodies.tsv";
    /** The gazetteer's divisions (code, name, level, parent_code), when a folder replaces them. */
    public static final String DIVISIONS = "divisions.tsv";
    private static volatile ReferenceData standard;

    private final Provinces provinces;
    private final CityCodes cityCodes;
    private final ProvincialDepartments departments;
    private final AgencyCodes agencyCodes;
    private final List<String> nationalBodies;
    private final Gazetteer gazetteer;

    private ReferenceData(Provinces provinces, CityCodes cityCodes, ProvincialDepartments departments,
            AgencyCodes agencyCodes, List<String> nationalBodies, Gazetteer gazetteer) {
        this.provinces = requireNonNull(provinces, "provinces");
        this.cityCodes = requireNonNull(cityCodes, "cityCodes");
        this.departments = requireNonNull(departments, "departments");
        this.agencyCodes = requireNonNull(agencyCodes, "agencyCodes");
        this.nationalBodies = List.copyOf(nationalBodies);
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    /** Makes the data of {@code folder} (built-in files where it lacks them) the standard data, or the built-in data again for null. */
    public static synchronized void useFolder(Path folder) {
        standard = folder == null ? null : load(Optional.of(folder));
    }

    /** The built-in reference data, loaded once (or what {@link #useFolder} set). */
    public static ReferenceData standard() {
        ReferenceData d = standard;
        if (d == null) {
            synchronized (ReferenceData.class) {
                d = standard;
                if (d == null) {
                    d = load(Optional.empty());
                    standard = d;
                }
            }
        }
        return d;
    }

    /**
     * The reference data, each file taken from {@code folder} where it holds a file of that name, else
     * from the built-in copy.
     */
    public static ReferenceData load(Optional<Path> folder) {
        requireNonNull(folder, "folder");
        return new ReferenceData(Provinces.read(open(folder, Provinces.FILE_NAME)),
                CityCodes.read(open(folder, CityCodes.FILE_NAME)),
                ProvincialDepartments.read(open(folder, ProvincialDepartments.FILE_NAME)),
                AgencyCodes.load(folder),
                Tsv.records(open(folder, NATIONAL_BODIES)).stream().map(r -> Tsv.field(r, "name"))
                        .filter(n -> !n.isEmpty()).toList(),
                gazetteer(folder));
    }

    /** The same data with another gazetteer (a test's, or the nationwide one). */
    public ReferenceData withGazetteer(Gazetteer other) {
        return new ReferenceData(provinces, cityCodes, departments, agencyCodes, nationalBodies, other);
    }

    /**
     * Opens the reference file {@code name}: {@code folder/name} when that file exists, else the classpath
     * resource {@value #CLASSPATH_FOLDER}{@code name}.
     */
    public static Reader open(Optional<Path> folder, String name) {
        requireNonNull(folder, "folder");
        requireNonNull(name, "name");
        Optional<Path> file = folder.map(d -> d.resolve(name)).filter(Files::isRegularFile);
        try {
            if (file.isPresent()) {
                return Files.newBufferedReader(file.get(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputStream in = ReferenceData.class.getResourceAsStream(CLASSPATH_FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing reference file " + CLASSPATH_FOLDER + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Gazetteer gazetteer(Optional<Path> folder) {
        boolean own = folder.map(d -> d.resolve(DIVISIONS)).filter(Files::isRegularFile).isPresent();
        return own ? Gazetteer.read(folder.get()) : Gazetteer.standard();
    }

    /** The provincial-level units and their attested code forms. */
    public Provinces provinces() {
        return provinces;
    }

    /** The city and county codes that differ from the first character, and the attested city offices. */
    public CityCodes cityCodes() {
        return cityCodes;
    }

    /** The keys of provincial departments' codes. */
    public ProvincialDepartments departments() {
        return departments;
    }

    /** The 机关代字 table (national bodies, Shanxi). */
    public AgencyCodes agencyCodes() {
        return agencyCodes;
    }

    /** Names of national bodies that make a title or issuer national (国务院, 财政部 …). */
    public List<String> nationalBodies() {
        return nationalBodies;
    }

    /** The gazetteer of divisions. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
