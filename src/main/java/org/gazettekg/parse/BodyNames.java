package org.gazettekg.parse;

import java.util.List;

/** The names of issuing bodies as the parser recognises them, for the stages after it. */
public final class BodyNames {

    private BodyNames() {
    }

    /** True when {@code name} (no spaces) reads as the name of one issuing body. */
    public static boolean isBodyName(String name) {
        return Issuers.isBodyName(TextLines.squeeze(name));
    }

    /** The bodies a title opens with (山西省人民政府关于…, 省政府办公厅关于…), in order; empty when none. */
    public static List<String> leading(String title) {
        Issuers.Split split = Issuers.split(title);
        return split.rest().isBlank() ? List.of() : split.issuers();
    }
}
