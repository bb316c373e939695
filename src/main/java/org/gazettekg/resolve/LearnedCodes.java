package org.gazettekg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evidence, found in the text itself, that a 机关代字 belongs to a body: a heading with its 文号, a
 * 《title》 with the 文号 printed after it, a metadata block's 发文机构 with its 发文字号. Each piece keeps
 * its provenance (file, line) and serves later documents.
 *
 * <p>Evidence is kept under the 代字 less its ending ({@link AgencyCode#key()}: the stem, and whether an
 * office marker 办/厅 precedes the ending), so that 宁政办规字 printed with 南京市人民政府办公厅 also
 * answers 宁政办发 and 宁政办函. A government's code is answered from its office's evidence where the
 * office is a 人民政府办公厅 or 办公室 (宁政发 → 南京市人民政府); the reverse is not guessed, since a
 * government's office may be an 办公厅 or an 办公室. Evidence naming different bodies for one key makes
 * the key ambiguous: {@link #lookup(String)} is then empty.
 *
 * <p>Bodies are recorded as given: callers pass full names (南京市人民政府办公厅, not 市政府办公厅), as the
 * resolver ignores evidence whose body it cannot place. Not thread-safe.
 */
public final class LearnedCodes {

    /**
     * One piece of evidence.
     *
     * @param agencyCode the 代字 as printed (simplified)
     * @param body       the body it was printed with, or the government derived from an office's evidence
     * @param source     the file (or other source) the evidence was found in
     * @param line       the 1-based line of the evidence
     */
    public record Evidence(String agencyCode, String body, String source, int line) {
        public Evidence {
            requireNonNull(agencyCode, "agencyCode");
            requireNonNull(body, "body");
            requireNonNull(source, "source");
        }

        /** Where the evidence was found, as {@code source:line}. */
        public String provenance() {
            return source + ":" + line;
        }
    }

    /** A government's general office: the government's name followed by 办公厅 or 办公室. */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("^(\\S+人民政府)办公[厅室]$");

    private final Map<String, List<Evidence>> byKey = new LinkedHashMap<>();

    /**
     * Records that {@code agencyCode} was printed with {@code bodyName} at {@code source}:{@code line}.
     * Blank codes or bodies are ignored; the same body seen again adds provenance, not a conflict.
     */
    public void learn(String agencyCode, String bodyName, String source, int line) {
        requireNonNull(agencyCode, "agencyCode");
        requireNonNull(bodyName, "bodyName");
        requireNonNull(source, "source");
        String body = bodyName.strip();
        if (agencyCode.isBlank() || body.isEmpty()) {
            return;
        }
        AgencyCode code = AgencyCode.parse(agencyCode);
        byKey.computeIfAbsent(code.key(), k -> new ArrayList<>()).add(new Evidence(code.code(), body, source, line));
    }

    /**
     * The evidence that applies to {@code agencyCode}: what was learned under its key, else, for a
     * government's code, its office's evidence turned into the government (the office's name less
     * 办公厅/办公室), keeping the office's provenance.
     */
    public List<Evidence> evidence(String agencyCode) {
        requireNonNull(agencyCode, "agencyCode");
        AgencyCode code = AgencyCode.parse(agencyCode);
        List<Evidence> direct = byKey.getOrDefault(code.key(), List.of());
        if (!direct.isEmpty() || code.office()) {
            return List.copyOf(direct);
        }
        List<Evidence> derived = new ArrayList<>();
        for (Evidence e : byKey.getOrDefault(code.stem() + "/办", List.of())) {
            var m = GOVERNMENT_OFFICE.matcher(e.body());
            if (m.matches()) {
                derived.add(new Evidence(e.agencyCode(), m.group(1), e.source(), e.line()));
            }
        }
        return List.copyOf(derived);
    }

    /** The one body {@code agencyCode} stands for by the evidence, the first sighting as provenance; empty when none or conflicting. */
    public Optional<Evidence> lookup(String agencyCode) {
        List<Evidence> all = evidence(agencyCode);
        if (all.isEmpty() || all.stream().map(Evidence::body).distinct().count() != 1) {
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    /** Whether the evidence for {@code agencyCode} names more than one body. */
    public boolean isAmbiguous(String agencyCode) {
        return evidence(agencyCode).stream().map(Evidence::body).distinct().count() > 1;
    }

    /** Every piece of evidence, in the order learned. */
    public List<Evidence> all() {
        return byKey.values().stream().flatMap(List::stream).toList();
    }
}
