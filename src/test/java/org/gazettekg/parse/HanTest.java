package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanTest {

    @Test
    void count_countsAsTheUnicodeScriptTableDoes() {
        // ASCII, CJK punctuation (COMMON), 〇 and 々 (HAN outside the unified block), a radical, an
        // Extension B character (a surrogate pair), a lone surrogate, unified ideographs
        String line = "abc 1,。「」〇々\u2e80\ud840\udc00\ud840x长治市人民政府\u9ffc\u9ffd\uf900";
        long expected = line.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();

        assertThat(Han.count(line)).isEqualTo(expected).isGreaterThan(8);
    }

    @Test
    void isScriptHan_answersAsTheUnicodeScriptTableForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (Han.isScriptHan((char) c) != expected) {
                assertThat(Han.isScriptHan((char) c)).as("U+%04X", c).isEqualTo(expected);
            }
        }
    }
}
