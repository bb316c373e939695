package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Line clean-up without regular expressions on the common path, checked against the expressions it replaces. */
class TextLinesTest {

    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^\\s*(?:#{1,6}\\s*)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

    static Stream<Arguments> texts() throws IOException {
        List<Arguments> texts = new ArrayList<>();
        texts.add(Arguments.of("edge cases", List.of("", " ", "\u3000长治市\u3000人民政府 ", "## **关于** 印发", "#",
                "a\tb\u000Bc\fd\re", "**", "*单星*", "\u00A0不是空白\u00A0", "  ###### 标题  ")));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Arguments.of(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return texts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void plain_isTheLineWithoutMarkdownMarks(String name, List<String> lines) {
        assertThat(lines).allSatisfy(line -> assertThat(TextLines.plain(line))
                .isEqualTo(BOLD.matcher(MARKDOWN_PREFIX.matcher(line).replaceFirst("")).replaceAll("").strip()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void squeeze_removesAsciiWhitespaceAndIdeographicSpacesOnly(String name, List<String> lines) {
        assertThat(lines).allSatisfy(line -> assertThat(TextLines.squeeze(line))
                .isEqualTo(WHITESPACE.matcher(line).replaceAll("")));
    }
}
