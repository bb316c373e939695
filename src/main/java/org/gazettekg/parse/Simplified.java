package org.gazettekg.parse;

import java.util.List;

/**
 * Traditional Chinese (繁體) read as simplified, character for character, from OpenCC's table
 * ({@code data/dictionary/TSCharacters.txt}, shipped in the opencc4j jar): 東府〔2021〕54號 reads
 * as 东府〔2021〕54号, so that one set of rules reads documents of every region and a traditional
 * document meets its simplified citations at one node.
 *
 * <p>The conversion never changes a text's length: a character is replaced only by one of the same
 * UTF-16 length, so a position in the simplified reading is the same position in the printed text
 * ({@link SourceText#printed(String)} relies on it). Where OpenCC lists several simplified forms
 * the first, its default, is taken; characters that are also simplified (乾, 覆, 著) stay as they
 * are, except in the 公文 words that OpenCC's character table cannot decide (批覆 → 批复).
 */
public final class Simplified {

    /** The OpenCC table inside the opencc4j jar. */
    static final String TABLE = "/data/dictionary/TSCharacters.txt";
    /** 公文 words whose traditional form keeps a character that is also simplified (覆). */
    private static final List<String[]> WORDS = List.of(
            new String[] {"批覆", "批复"}, new String[] {"答覆", "答复"}, new String[] {"函覆", "函复"});

    private static final char[] MAP = load();

    private Simplified() {
    }

    /** {@code text} in simplified characters, of the same length. */
    public static String of(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = MAP[c];
            if (s != 0 && s != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        String out = chars == null ? text : new String(chars);
        if (out.indexOf('覆') >= 0) {
            for (String[] w : WORDS) {
                out = out.replace(w[0], w[1]);
            }
        }
        return out;
    }

    /** How many characters of {@code text} read differently in simplified. */
    public static int traditionalCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MAP[c] != 0 && MAP[c] != c) {
                n++;
            }
        }
        return n;
    }

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        OpenCcTable.forEach(TABLE, (traditional, forms) -> {
            char simplified = forms.charAt(0);
            boolean single = forms.length() == 1 || forms.charAt(1) == ' ';
            if (single && !Character.isSurrogate(simplified)) {
                map[traditional] = simplified;
            }
        });
        return map;
    }
}
