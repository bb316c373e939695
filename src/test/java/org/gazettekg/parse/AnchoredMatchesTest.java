package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The anchored search finds exactly what {@link Matcher#find()} finds, on real gazettes and on edge cases. */
class AnchoredMatchesTest {

    private static final Path CORPUS = Path.of("corpus");

    private static final List<String> EDGE_CASES = List.of(
            "",
            "〔",
            "按照晋政办发〔2019〕80号和国发〔2020〕1号",
            "根据省政府办公厅关于印发某方案的通知晋政办发    〔2019〕80号",
            "长政办发\u3000\u3000〔2020〕10号长政办发〔2020〕11号",
            "一二三四五六七八九十一二三四五六七八九十令令第3号和国务院令第713号",
            "GB 3095-2012、GB/T 9704—2012、XGB 1-2012、HJ633-2012",
            "〔〔〔〔2020〕1号",
            "(见附件)晋政办发（ ２０２０）3号和晋发( 2021 )5号(二)",
            "按照(国发〔2019〕1号)（三）长政发\u3000〔\u30002020〕12号");

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                texts.add(Arguments.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        for (int i = 0; i < EDGE_CASES.size(); i++) {
            texts.add(Arguments.of("edge case " + i, EDGE_CASES.get(i)));
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void bareDocumentNumbers_areThoseFindGives(String name, String text) {
        assertSameAsFind(CitationNumbers.DOC_NUMBER, text, CitationNumbers::isYearOpening,
                CitationNumbers::earliestDocNumberStart);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void bareDocumentNumbers_anchoredOnYearBracketsOnly_areThoseFindGives(String name, String text) {
        List<String> expected = new ArrayList<>();
        Matcher m = CitationNumbers.DOC_NUMBER.matcher(text);
        while (m.find()) {
            expected.add(describe(m));
        }
        List<String> actual = AnchoredMatches.find(CitationNumbers.DOC_NUMBER, text, CitationNumbers::isYearBracketAt,
                CitationNumbers::earliestDocNumberStart).stream().map(AnchoredMatchesTest::describe).toList();
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void orderNumbers_areThoseFindGives(String name, String text) {
        assertSameAsFind(CitationNumbers.ORDER_NUMBER, text, c -> c == CitationNumbers.ORDER_MARK,
                (s, a) -> a - CitationNumbers.MAX_ORDER_ISSUER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void standardNumbers_areThoseFindGives(String name, String text) {
        assertSameAsFind(CitationNumbers.STANDARD_NUMBER, text, c -> c >= 'A' && c <= 'Z', (s, a) -> a);
    }

    private static void assertSameAsFind(Pattern pattern, String text, IntPredicate isAnchor,
                                         AnchoredMatches.EarliestStart earliest) {
        List<String> expected = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            expected.add(describe(m));
        }
        List<String> actual = AnchoredMatches.find(pattern, text, isAnchor, earliest).stream()
                .map(AnchoredMatchesTest::describe).toList();
        assertThat(actual).isEqualTo(expected);
    }

    private static String describe(MatchResult m) {
        StringBuilder sb = new StringBuilder().append(m.start()).append('-').append(m.end()).append(':').append(m.group());
        for (int g = 1; g <= m.groupCount(); g++) {
            sb.append('|').append(m.group(g));
        }
        return sb.toString();
    }
}
