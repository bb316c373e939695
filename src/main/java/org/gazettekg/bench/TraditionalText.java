package org.gazettekg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
        try (InputStream in = TraditionalText.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenCC table " + TABLE + " (opencc4j on the classpath)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab != 1 || line.length() < tab + 2 || Character.isSurrogate(line.charAt(tab + 1))) {
                    continue; // a supplementary-plane character: its UTF-16 form is two chars long
                }
                char simplified = line.charAt(0);
                char traditional = line.charAt(tab + 1);
                if (traditional != simplified
                        && Simplified.of(String.valueOf(traditional)).equals(String.valueOf(simplified))) {
                    map[simplified] = traditional;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
