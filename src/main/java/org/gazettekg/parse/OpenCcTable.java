package org.gazettekg.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * A character table of OpenCC shipped in the opencc4j jar ({@code /data/dictionary/…Characters.txt}):
 * one character a line, a tab, then its forms in the other script separated by spaces.
 */
public final class OpenCcTable {

    private OpenCcTable() {
    }

    /**
     * Hands each entry of {@code table} to {@code entry}: its character and its forms (never empty).
     * An entry for a supplementary-plane character is passed over: its UTF-16 form is two chars long.
     */
    public static void forEach(String table, BiConsumer<Character, String> entry) {
        try (InputStream in = OpenCcTable.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenCC table " + table + " (opencc4j on the classpath)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab == 1 && line.length() >= tab + 2) {
                    entry.accept(line.charAt(0), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
