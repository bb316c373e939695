package org.gazettekg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gazettekg.parse.Citation;
import org.gazettekg.parse.Simplified;
import org.gazettekg.parse.TitleKey;

/**
 * One file says one thing of each policy it cites: the facts its citations resolved to, made
 * consistent across the file's documents before they reach the graph, where each policy is one node.
 */
final class FilePolicies {

    private FilePolicies() {
    }

    /**
     * A policy cited from documents of different places may resolve differently from each (宁政办发 in
     * a 南京 and a 宁夏 document): one file says one thing of each policy, so an issuer or level the
     * citations disagree on is left empty. A policy
     * a document of the file repeals (废止) is repealed wherever the file cites it, unless the law catalog
     * knows it: the repealing document is the evidence ({@code eli:repeals}).
     */
    static List<ResolvedDocument> consistent(List<ResolvedDocument> resolved) {
        Map<String, Set<PolicyFacts>> byPolicy = new HashMap<>();
        Set<String> repealed = new HashSet<>();
        for (ResolvedDocument r : resolved) {
            for (int i = 0; i < r.cited().size(); i++) {
                Citation c = r.record().citations().get(i);
                byPolicy.computeIfAbsent(policyKey(c), k -> new HashSet<>()).add(r.cited().get(i));
                if (c.relation() == Citation.Relation.REPEALS) {
                    repealed.add(policyKey(c));
                }
            }
        }
        Map<String, Level> documentLevels = new HashMap<>();
        for (ResolvedDocument r : resolved) {
            if (r.record().docNumber() != null && r.level() != null) {
                documentLevels.merge(numberKey(r.record().docNumber().canonical()), r.level(), (a, b) -> a);
            }
        }
        return resolved.stream().map(r -> {
            List<PolicyFacts> facts = new ArrayList<>();
            for (int i = 0; i < r.cited().size(); i++) {
                String key = policyKey(r.record().citations().get(i));
                Set<PolicyFacts> all = byPolicy.get(key);
                PolicyFacts f = all.size() == 1 ? r.cited().get(i) : agreed(all);
                f = withoutLevelOtherThan(f, documentLevels.get(key));
                facts.add(repealed.contains(key) && f.law() == null ? f.withValidity("repealed") : f);
            }
            return new ResolvedDocument(r.record(), r.issuers(), r.jurisdiction(), r.level(), r.city(), r.cityDivision(),
                    facts, r.divisionNames());
        }).toList();
    }

    private static PolicyFacts agreed(Set<PolicyFacts> all) {
        // A citation that decides no level says nothing against what another's title or citing phrase states;
        // against a 文号 read in another place it does (交政办发 is 交城's in a 交城 document, no one's in a 长治 one).
        Set<PolicyFacts> deciding = all.stream().filter(f -> f.level() != null).collect(Collectors.toSet());
        boolean byWords = deciding.stream().allMatch(f -> f.basis() == Basis.TITLE || f.basis() == Basis.CITING_PHRASE);
        if (!byWords) {
            deciding = all;
        }
        Set<String> issuers = deciding.stream().map(PolicyFacts::issuer).collect(Collectors.toSet());
        Set<Level> levels = deciding.stream().map(PolicyFacts::level).collect(Collectors.toSet());
        Set<Basis> bases = deciding.stream().map(PolicyFacts::basis).collect(Collectors.toSet());
        LegalForce force = LegalForce.agreed(all.stream().map(PolicyFacts::legalForce).toList());
        String validity = onlyOne(all.stream().map(PolicyFacts::validity).collect(Collectors.toSet()));
        LawMatch law = onlyOne(all.stream().map(PolicyFacts::law).collect(Collectors.toSet()));
        if (levels.size() != 1) {
            return new PolicyFacts(null, null, null, force, validity, law);
        }
        return new PolicyFacts(onlyOne(issuers), levels.iterator().next(),
                bases.size() == 1 ? bases.iterator().next() : Basis.TITLE, force, validity, law);
    }

    /**
     * A cited policy that is a document of the same file is one node: its level is the one its own
     * heading gives. A citation that reads another level from its 文号 or its sentence (a city's
     * 鄂政发 cited as 省政府《…》) contradicts the printed heading, so the citation's level is dropped.
     */
    private static PolicyFacts withoutLevelOtherThan(PolicyFacts f, Level documentLevel) {
        if (documentLevel == null || f.level() == null || f.level() == documentLevel) {
            return f;
        }
        return new PolicyFacts(null, null, null, f.legalForce(), f.validity(), f.law());
    }

    /** The one value all agree on (none counting as a value), else null. */
    private static <T> T onlyOne(Set<T> values) {
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** One key per policy node of the graph: its 文号, or its title's {@link TitleKey}, as the graph keys a title-only policy. */
    private static String policyKey(Citation c) {
        return c.number() != null ? numberKey(c.number())
                : "t:" + TitleKey.of(Simplified.of(c.title()));
    }

    private static String numberKey(String number) {
        return "n:" + Simplified.of(number);
    }
}
