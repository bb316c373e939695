package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one document's citation scan: its joined text, its own texts and number, the spans
 * already read (a number read with a title is not read again on its own), the aliases it declared
 * and the citations found so far.
 */
final class CitationScan {

    final ReferenceText text;
    final String s;
    final CitationOwnTexts ownTexts;
    final String ownNumber;
    final Set<String> aliases = new HashSet<>();
    private final List<int[]> consumed = new ArrayList<>();
    private final List<Found> found = new ArrayList<>();

    /** A citation and where it starts in the joined text. */
    record Found(int position, Citation citation) {
    }

    CitationScan(ReferenceText text, CitationOwnTexts ownTexts, DocNumber own) {
        this.text = text;
        this.s = text.text();
        this.ownTexts = ownTexts;
        this.ownNumber = own == null ? null : own.canonical();
    }

    void consume(int from, int to) {
        consumed.add(new int[] {from, to});
    }

    boolean isConsumed(int from, int to) {
        return consumed.stream().anyMatch(c -> from < c[1] && c[0] < to);
    }

    void add(int position, Citation citation) {
        found.add(new Found(position, citation));
    }

    /**
     * The citations found, in text order. A title printed without number where the document cites the same title
     * with its 文号 elsewhere (《…的请示》(津南政报〔2020〕26号)收悉 … 按照《…的请示》中的方案) is that document again, not another one.
     */
    List<Citation> citations() {
        Set<String> numbered = new HashSet<>();
        for (Found f : found) {
            if (f.citation().number() != null && f.citation().title() != null) {
                numbered.add(CitationRules.comparable(f.citation().title()));
            }
        }
        return found.stream().sorted(java.util.Comparator.comparingInt(Found::position)).map(Found::citation)
                .filter(c -> c.number() != null || c.title() == null || !numbered.contains(CitationRules.comparable(c.title())))
                .toList();
    }
}
