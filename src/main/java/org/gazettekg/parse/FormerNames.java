package org.gazettekg.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the former names of current units off a table of changes: each change that gives a unit a
 * new name is followed through the later changes of its new code (a 县 made a 市, later a 区) to the
 * units of the current codes.
 */
final class FormerNames {

    private FormerNames() {
    }

    /** The former names that {@code changes} record, each pointing to a unit whose code is in {@code current}. */
    static List<Gazetteer.FormerName> of(List<Gazetteer.Change> changes, Set<String> current) {
        Map<String, List<Gazetteer.Change>> byOldCode = new HashMap<>();
        for (Gazetteer.Change c : changes) {
            if (c.oldCode() != null) {
                byOldCode.computeIfAbsent(c.oldCode(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Gazetteer.FormerName> former = new LinkedHashMap<>();
        for (Gazetteer.Change c : changes) {
            if (c.oldName().equals(c.newName())) {
                continue;
            }
            for (String code : successors(c.newCode(), c.year(), byOldCode, new LinkedHashSet<>())) {
                if (current.contains(code)) {
                    former.putIfAbsent(c.oldName() + "\t" + code, new Gazetteer.FormerName(c.oldName(), code, c.year(), c.source()));
                }
            }
        }
        return List.copyOf(former.values());
    }

    /** The codes {@code code} became after {@code year}: itself when no later change moves it on. */
    private static Set<String> successors(String code, int year, Map<String, List<Gazetteer.Change>> byOldCode,
                                          Set<String> seen) {
        Set<String> result = new LinkedHashSet<>();
        if (!seen.add(code)) {
            return result;
        }
        for (Gazetteer.Change later : byOldCode.getOrDefault(code, List.of())) {
            if (later.year() > year && !later.newCode().equals(code)) {
                result.addAll(successors(later.newCode(), later.year(), byOldCode, seen));
            }
        }
        if (result.isEmpty()) {
            result.add(code);
        }
        return result;
    }
}
