package org.gazettekg.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the full-text index, for indexing and for queries alike: Lucene's CJK chain
 * (as {@code CJKAnalyzer}: standard tokenizer, width folding, lower case, overlapping bigrams of
 * Han, Hiragana, Katakana and Hangul) without its English stop words, so that 长治 or 有机旱作 are
 * found as typed rather than as single characters. Before tokenizing, a line break between two
 * Han characters is dropped: the gazettes are PDF conversions whose lines wrap in mid-word
 * (有机旱⏎作), and a bigram must not stop at the wrap.
 */
public final class GazetteAnalyzer extends Analyzer {

    /** Read buffer size; field values are whole documents, read once. */
    private static final int BUFFER = 8192;

    /**
     * Joins wrapped lines. A plain reader, not a {@code CharFilter}: a char filter would map the
     * offsets back to the text with its line break, and {@link CJKBigramFilter} pairs only
     * characters whose offsets touch. The index stores no offsets, so nothing else reads them.
     */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(joinWrappedLines(readAll(reader)));
    }

    /**
     * {@code text} with every line break between two Han characters removed, with the spaces and
     * tabs around it: one pass over the text, as the analyzer runs on every document loaded.
     */
    static String joinWrappedLines(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int before = skipBack(text, i);
            int after = skipForward(text, i + 1);
            if (before > 0 && after < text.length() && isHan(text.codePointBefore(before)) && isHan(text.codePointAt(after))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, before);
                copied = after;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The start of the run of line-end spaces, and the carriage return, before the line feed at {@code lf}. */
    private static int skipBack(String text, int lf) {
        int i = lf;
        if (i > 0 && text.charAt(i - 1) == '\r') {
            i--;
        }
        while (i > 0 && isLineSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipForward(String text, int from) {
        int i = from;
        while (i < text.length() && isLineSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String readAll(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[BUFFER];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read text to index", e);
        }
        return text.toString();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
