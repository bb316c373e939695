package org.gazettekg.parse;

import java.util.List;

/**
 * The row a unit name of a change clause stands for: its level and, where the gazetteer and the document's
 * jurisdiction decide it, its code (a county by its scope, a district named after its city, a township in the
 * county the clause happens in).
 */
final class ClauseRows {

    private final DivisionNames names;
    private final Gazetteer gazetteer;

    ClauseRows(DivisionNames names) {
        this.names = names;
        this.gazetteer = names.gazetteer();
    }

    /** The row of a unit named in a clause that happens in {@code countyCode} (may be null). */
    DivisionMention row(DivisionDoc r, int offset, ClauseName n, String countyCode, String event) {
        int line = r.text().lineAt(offset + n.start());
        return switch (n.kind()) {
            case COUNTY -> {
                DivisionNames.Candidate c = DivisionScope.resolve(names.entry(n.text()), r.scope());
                yield new DivisionMention(line, n.text(), c == null ? null : c.code(), Gazetteer.COUNTY, event);
            }
            case FORMER_COUNTY -> new DivisionMention(line, n.text(), null, Gazetteer.COUNTY, event);
            case GENERIC_DISTRICT -> new DivisionMention(line, n.text(),
                    genericDistrictCode(r, offset + n.start(), n.text()), Gazetteer.COUNTY, event);
            case CITY -> new DivisionMention(line, n.text(), cityCode(n.text(), r.scope()), Gazetteer.CITY, event);
            case PREFECTURE -> new DivisionMention(line, n.text(), null, Gazetteer.CITY, event);
            case TOWNSHIP -> new DivisionMention(line, n.text(), townshipCode(n.text(), countyCode, r.scope()),
                    Gazetteer.TOWNSHIP, event);
            case VILLAGE -> new DivisionMention(line, n.text(), null, Gazetteer.VILLAGE, event);
        };
    }

    /** 梧州市郊区: the district of that name in the city printed before it, where the gazetteer holds one. */
    private String genericDistrictCode(DivisionDoc r, int at, String name) {
        int length = r.index().higherEndingAt(at);
        String city = cityCode(r.text().text().substring(at - length, at), r.scope());
        if (city == null) {
            return null;
        }
        List<Gazetteer.Unit> inside = gazetteer.byFullName(name).stream()
                .filter(u -> u.level().equals(Gazetteer.COUNTY) && u.code().startsWith(city)).toList();
        return inside.size() == 1 ? inside.get(0).code() : null;
    }

    /** The code of the province or city {@code name}: inside the scope, else the only one so named. */
    private String cityCode(String name, String scope) {
        List<Gazetteer.Unit> named = names.higherUnits(name);
        for (String area : DivisionScope.widening(scope)) {
            List<Gazetteer.Unit> inside = named.stream().filter(u -> u.code().startsWith(area)).toList();
            if (!inside.isEmpty()) {
                return inside.size() == 1 ? inside.get(0).code() : null;
            }
        }
        return named.size() == 1 ? named.get(0).code() : null;
    }

    /**
     * The code of the current township {@code name}: in the county the clause names, else the only
     * one so named inside the scope; never by its name alone, which many townships share.
     */
    private String townshipCode(String name, String countyCode, String scope) {
        List<Gazetteer.Unit> named = gazetteer.byFullName(name).stream()
                .filter(u -> u.level().equals(Gazetteer.TOWNSHIP)).toList();
        if (countyCode != null) {
            List<Gazetteer.Unit> inside = named.stream().filter(u -> countyCode.equals(u.parentCode())).toList();
            if (inside.size() == 1) {
                return inside.get(0).code();
            }
        }
        if (scope == null) {
            return null;
        }
        List<Gazetteer.Unit> inside = named.stream().filter(u -> u.code().startsWith(scope)).toList();
        return inside.size() == 1 ? inside.get(0).code() : null;
    }
}
