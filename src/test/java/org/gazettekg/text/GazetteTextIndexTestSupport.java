package org.gazettekg.text;

/** What tests elsewhere need of the analyzer's rules. */
public final class GazetteTextIndexTestSupport {

    private GazetteTextIndexTestSupport() {
    }

    /** {@code text} as the index reads it: wrapped lines joined, spaces gone. */
    public static String flat(String text) {
        return GazetteAnalyzer.joinWrappedLines(text).replaceAll("[ \\t\\u3000]", "");
    }
}
