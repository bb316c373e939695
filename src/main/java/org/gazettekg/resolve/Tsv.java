package org.gazettekg.resolve;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The layout of the reference tables: tab-separated, a header row, {@code #} starts a comment line. */
final class Tsv {

    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private Tsv() {
    }

    /** Every record of {@code tsv}, which is closed. */
    static List<CSVRecord> records(Reader tsv) {
        try (tsv) {
            return FORMAT.parse(tsv).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The field {@code name} of {@code r}, stripped; empty where the row is shorter than the header. */
    static String field(CSVRecord r, String name) {
        return r.isSet(name) ? r.get(name).strip() : "";
    }
}
