package org.gazettekg.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteAnalyzerTest {

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = new GazetteAnalyzer(); TokenStream ts = analyzer.tokenStream("fullText", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void chineseText_isCutIntoOverlappingBigrams() throws IOException {
        assertThat(tokens("长治市有机旱作")).containsExactly("长治", "治市", "市有", "有机", "机旱", "旱作");
    }

    @Test
    void placeName_isOneBigramAsTyped() throws IOException {
        assertThat(tokens("长治")).containsExactly("长治");
    }

    @Test
    void lineWrappedInMidWord_stillGivesTheWordsBigrams() throws IOException {
        assertThat(tokens("推进有机旱\n作农业")).contains("机旱", "旱作", "作农");
    }

    @Test
    void lineBreakAfterPunctuation_isKept() throws IOException {
        assertThat(GazetteAnalyzer.joinWrappedLines("通知。\n各县")).isEqualTo("通知。\n各县");
        assertThat(GazetteAnalyzer.joinWrappedLines("2020 年\n 行动")).isEqualTo("2020 年行动");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "有机旱\\r\\n作|有机旱作",
            "有机旱 \\t\\u3000\\n\\u3000 作|有机旱作",
            "一\\n二\\n三|一二三",
            "甲\\n\\n乙|甲\\n\\n乙",
            "甲\\r \\n乙|甲\\r \\n乙",
            "长治\\n2020|长治\\n2020",
            "\\n长治\\n|\\n长治\\n",
            "𠀀\\n治|𠀀治"})
    void lineBreaksBetweenHanCharacters_goWithTheirSpacesAndNoOtherDoes(String text, String joined) {
        assertThat(GazetteAnalyzer.joinWrappedLines(unescape(text))).isEqualTo(unescape(joined));
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\u3000", "\u3000");
    }

    @ParameterizedTest
    @CsvSource({"ＡＢＣ,abc", "PM2.5,pm2.5", "２０２０,2020"})
    void latinAndFullWidthForms_foldToLowerCaseHalfWidth(String text, String token) throws IOException {
        assertThat(tokens(text)).containsExactly(token);
    }
}
