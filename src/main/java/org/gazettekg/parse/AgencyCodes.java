package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The table of 机关代字 (the prefix of a 文号, e.g. 长政办发) that tells which body issued a
 * document and at which level. Kept as data in {@code gazettekg/reference/agency-codes.tsv}, each row
 * with where it comes from; the longest matching prefix wins.
 *
 * <p>No national row is a single character or begins with a place code and 政/府, so that a local
 * code such as 交政发 (交城县人民政府) or 建政发 never names a ministry; codes that depend on the
 * document's jurisdiction (宁政办发: 南京 or 宁夏) are resolved by
 * {@code org.gazettekg.resolve.AgencyCodeResolver}, which reads this table too.
 */
public final class AgencyCodes {

    /** The file name of the table, in the reference folder or in a folder that replaces it. */
    public static final String FILE_NAME = "agency-codes.tsv";
    /** The classpath resource holding the built-in table. */
    public static final String RESOURCE = "/gazettekg/reference/" + FILE_NAME;

    /**
     * One row of the table.
     *
     * @param prefix the 机关代字 prefix
     * @param body   the issuing body's full name
     * @param level  national, provincial or municipal
     * @param region the province or city the body belongs to (中国 for national bodies)
     * @param source where the entry comes from
     */
    public record Agency(String prefix, String body, String level, String region, String source) {
    }

    private final List<Agency> byLongestPrefix;

    private AgencyCodes(List<Agency> agencies) {
        List<Agency> sorted = new ArrayList<>(agencies);
        sorted.sort(Comparator.comparingInt((Agency a) -> a.prefix().length()).reversed());
        this.byLongestPrefix = List.copyOf(sorted);
    }

    /**
     * The table named {@value #FILE_NAME} in {@code directory} when the folder holds one, else the
     * built-in table: reference data can be replaced without a rebuild.
     */
    public static AgencyCodes load(Optional<Path> directory) {
        requireNonNull(directory, "directory");
        Optional<Path> file = directory.map(d -> d.resolve(FILE_NAME)).filter(Files::isRegularFile);
        if (file.isEmpty()) {
            return standard();
        }
        try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in table. */
    public static AgencyCodes standard() {
        try (InputStream in = AgencyCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in the TSV layout of the built-in one (header: prefix body level region source). */
    public static AgencyCodes read(Reader tsv) throws IOException {
        requireNonNull(tsv, "tsv");
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<Agency> rows = new ArrayList<>();
        for (CSVRecord r : format.parse(tsv)) {
            rows.add(new Agency(r.get("prefix"), r.get("body"), r.get("level"), r.get("region"), r.get("source")));
        }
        return new AgencyCodes(rows);
    }

    /** The agency whose prefix is the longest one that starts {@code agencyCode}. */
    public Optional<Agency> lookup(String agencyCode) {
        requireNonNull(agencyCode, "agencyCode");
        return byLongestPrefix.stream().filter(a -> agencyCode.startsWith(a.prefix())).findFirst();
    }

    /** Every entry. */
    public List<Agency> all() {
        return byLongestPrefix;
    }
}
