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
 * The table of 机关代字 (the prefix of a 文号, e.g. 长政办发) that tells which body issued a
 * document and at which level. Kept as data in {@code gazettekg/agency-codes.tsv}, each row
 * with where it comes from; the longest matching prefix wins.
 */
public final class AgencyCodes {

    /** The classpath resource holding the built-in table. */
    public static final String RESOURCE = "/gazettekg/agency-codes.tsv";

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
