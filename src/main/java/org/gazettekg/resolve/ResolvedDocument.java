package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

import org.gazettekg.parse.DocumentRecord;

/**
 * A document as printed ({@link DocumentRecord}) with what the resolve stage decided from the
 * reference data: its issuing bodies in full, its jurisdiction and level, the gazette city it belongs
 * to, and the issuer and level of every policy it cites.
 *
 * @param record       what the parser read
 * @param issuers      the issuing bodies, in printed order (empty when none could be decided)
 * @param jurisdiction the division code of the place it governs, or null
 * @param level        its level, or null
 * @param city         the prefecture-level city whose gazette it belongs to, or null
 * @param cityDivision the division code of {@code city}, or null
 * @param cited        the facts of each of {@code record.citations()}, in the same order
 * @param divisionNames the gazetteer's name of each division code the record's mentions and changes carry
 */
public record ResolvedDocument(DocumentRecord record, List<ResolvedBody> issuers, String jurisdiction, Level level,
                               String city, String cityDivision, List<PolicyFacts> cited,
                               Map<String, String> divisionNames) {

    public ResolvedDocument {
        requireNonNull(record, "record");
        issuers = List.copyOf(requireNonNull(issuers, "issuers"));
        cited = List.copyOf(requireNonNull(cited, "cited"));
        divisionNames = Map.copyOf(requireNonNull(divisionNames, "divisionNames"));
        if (cited.size() != record.citations().size()) {
            throw new IllegalArgumentException("one PolicyFacts per citation");
        }
    }
}
