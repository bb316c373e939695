package org.gazettekg.parse;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One change to administrative divisions that a document decrees, as one clause of a change notice
 * states it (e.g. 壶关县撤销桥上乡，设立大峡谷镇，以原桥上乡的13个村民委员会，树掌镇的东柏坡…5个村民委员会…
 * 的行政区域为大峡谷镇的行政区域). The decreeing document, and so the decree's number and date,
 * is the document the change was read from.
 *
 * @param line         the 1-based line where the clause stating the change starts
 * @param within       the county-level unit the change happens in, or null where the clause names none
 * @param abolished    the units abolished (event 撤销)
 * @param established  the units established (event 设立)
 * @param villageMoves the villages moved from one unit into another (event 划入); in a State Council reply
 *                     on county-level units, the counties moved into a new or another city
 */
public record DivisionChange(int line, DivisionMention within, List<DivisionMention> abolished,
                             List<DivisionMention> established, List<VillageMove> villageMoves) {

    public DivisionChange {
        abolished = List.copyOf(requireNonNull(abolished, "abolished"));
        established = List.copyOf(requireNonNull(established, "established"));
        villageMoves = List.copyOf(requireNonNull(villageMoves, "villageMoves"));
    }

    /**
     * A village (or a county) moved by a change.
     *
     * @param village the village (level village, event 划入), or a county (level county)
     * @param from    the unit it leaves (event null unless that unit is itself abolished)
     * @param to      the unit it joins, or null where the clause does not say
     */
    public record VillageMove(DivisionMention village, DivisionMention from, DivisionMention to) {
        public VillageMove {
            requireNonNull(village, "village");
            requireNonNull(from, "from");
        }
    }

    /**
     * True when the change only renames or re-classes one unit: one unit abolished, one established
     * from exactly its area, no village moved (韩店镇 → 韩店街道, 史迴乡 → 史回镇).
     */
    public boolean isReplacement() {
        return abolished.size() == 1 && established.size() == 1 && villageMoves.isEmpty();
    }
}
