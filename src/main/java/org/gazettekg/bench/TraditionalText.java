package org.gazettekg.bench;

import org.gazettekg.parse.OpenCcTable;
import org.gazettekg.parse.Simplified;

/**
 * Simplified text written in traditional characters (繁體), for generated gazettes of the regions that
 * print them, from OpenCC's table ({@code data/dictionary/STCharacters.txt}, shipped in the opencc4j
 * jar the parser reads traditional text with). A character is written in its first traditional form
 * only where {@link Simplified} reads that form back as the same character, so a generated
 * traditional file reads exactly as its simplified text.
 */
final class TraditionalText {

    static final String TABLE = "/data/dictionary/STCharacters.txt";
    private static final char[] MAP = load();

    private TraditionalText() {
    }

    /** {@code text} in traditional characters, of the same length. */
    static String of(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char t = MAP[chars[i]];
            if (t != 0) {
                chars[i] = t;
            }
        }
        return new String(chars);
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        OpenCcTable.forEach(TABLE, (simplified, forms) -> {
            char traditional = forms.charAt(0);
            if (!Character.isSurrogate(traditional) && traditional != simplified
                    && Simplified.of(String.valueOf(traditional)).equals(String.valueOf(simplified))) {
                map[simplified] = traditional;
            }
        });
        return map;
    }
}
