package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outside corpus of this repository (src/test/resources/outside: real 公文 of ten provinces, gold by hand) parsed
 * with {@code new GazetteParser()} and compared with its gold tables, normalised as shared/eval/score.py does: text
 * after NFKC, traditional → simplified ({@link Simplified#of}, on both sides), whitespace removed, dashes unified, {@code <>}
 * as 〈〉; numbers in addition with their year brackets unified to 〔〕.
 *
 * <p>Documents are compared field by field (line, 文号 — canonical, or as printed where damaged — title, date), as the
 * ordered list over the file. Citations are compared as score.py's set of keys: (citing document's 文号, cited 文号 or,
 * where none is printed, cited title). Where today's parser differs from the gold, the check is not dropped: it is a
 * {@code @Disabled} case of its own below that names the difference, and is left out of the parameterised ones through
 * {@link #DIFFERENCES}.
 *
 * <p>The six files of shared/outside are not in this repository and are not read here.
 */
class OutsideCorpusGoldenTest {

    private static final Path OUTSIDE = Path.of("src/test/resources/outside");

    /** Every file of the outside corpus, by name without .txt: a file added there is checked against its gold. */
    static final List<String> FILES = corpusFiles();

    private static List<String> corpusFiles() {
        try (Stream<Path> files = java.nio.file.Files.list(OUTSIDE.resolve("corpus"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - ".txt".length())).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    enum Field { LINE, NUMBER, TITLE, DATE }

    /** Where the parser differs from the gold today ("file/FIELD"); each is checked by a {@code @Disabled} case below. */
    private static final Set<String> DIFFERENCES = Set.of();
    /** Files whose citation keys differ from the gold today. */
    private static final Set<String> CITATION_DIFFERENCES = Set.of();

    private static final Map<String, RecordingSink> PARSED = new HashMap<>();

    // ---------------------------------------------------------------- the cases

    static Stream<String> files() {
        return FILES.stream();
    }

    static Stream<Arguments> agreeingDocumentFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : FILES) {
            for (Field field : Field.values()) {
                if (!DIFFERENCES.contains(file + "/" + field)) {
                    cases.add(Arguments.of(file, field));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("agreeingDocumentFields")
    void documentField_equalsGold(String file, Field field) {
        assertFieldEqualsGold(file, field);
    }

    static Stream<String> agreeingCitationFiles() {
        return FILES.stream().filter(f -> !CITATION_DIFFERENCES.contains(f));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agreeingCitationFiles")
    void citationKeys_equalGold(String file) {
        assertThat(parsedCitationKeys(file)).as(file + ": citation keys").isEqualTo(goldCitationKeys(file));
    }

    @Test
    void everyFileOfTheOutsideCorpus_isListedAndHasGold() throws IOException {
        List<String> stems;
        try (Stream<Path> files = Files.list(OUTSIDE.resolve("corpus"))) {
            stems = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(stems).containsExactlyElementsOf(FILES);
        for (String file : FILES) {
            assertThat(OUTSIDE.resolve("gold").resolve(file).resolve("documents.tsv")).exists();
            assertThat(OUTSIDE.resolve("gold").resolve(file).resolve("citations.tsv")).exists();
        }
    }

    @Test
    void differencesNameListedFilesAndFieldsAndAgreeingCasesCoverTheRest() {
        for (String difference : DIFFERENCES) {
            String[] parts = difference.split("/");
            assertThat(FILES).contains(parts[0]);
            assertThat(Field.valueOf(parts[1])).isNotNull();
        }
        assertThat(agreeingDocumentFields().count() + DIFFERENCES.size())
                .isEqualTo((long) FILES.size() * Field.values().length);
        assertThat(FILES).containsAll(CITATION_DIFFERENCES);
    }

    @Test
    void normalisation_isThatOfTheScorer() {
        assertThat(normText(" 關於同意廣西壯族自治區調整梧州市市轄區和蒼梧縣行政區劃的批覆 "))
                .isEqualTo("关于同意广西壮族自治区调整梧州市市辖区和苍梧县行政区划的批复");
        assertThat(normText("指  导  意  见—方案<试行>")).isEqualTo("指导意见-方案〈试行〉");
        assertThat(normNumber("國函〔2003〕1號")).isEqualTo("国函〔2003〕1号");
        assertThat(normNumber("瑞政办(2011)129号")).isEqualTo("瑞政办〔2011〕129号");
        assertThat(normNumber("国办发„2009‟3号")).isEqualTo("国办发〔2009〕3号");
        assertThat(normNumber("瑞政办［2011］129号")).isEqualTo("瑞政办〔2011〕129号");
        assertThat(normNumber("甘发改规划〔〕号")).isEqualTo("甘发改规划〔〕号");
        assertThat(normNumber("浦府〔20221")).isNotEqualTo(normNumber("浦府〔2022〕1号"));
    }

    // ---------------------------------------------------------------- comparison

    private static void assertFieldEqualsGold(String file, Field field) {
        List<Map<String, String>> gold = new ArrayList<>(readTsv(file, "documents.tsv"));
        gold.sort(Comparator.comparingInt(r -> Integer.parseInt(r.get("line").strip())));
        List<String> expected = gold.stream().map(r -> goldValue(r, field)).toList();
        List<String> actual = parsed(file).documents.stream().map(d -> parsedValue(d, field)).toList();

        assertThat(actual).as(file + ": " + field + " of each document").containsExactlyElementsOf(expected);
    }

    private static String goldValue(Map<String, String> row, Field field) {
        return switch (field) {
            case LINE -> row.get("line").strip();
            case NUMBER -> normNumber(row.get("doc_number"));
            case TITLE -> normText(row.get("title"));
            case DATE -> row.get("date").strip();
        };
    }

    private static String parsedValue(DocumentRecord d, Field field) {
        return switch (field) {
            case LINE -> String.valueOf(d.startLine());
            case NUMBER -> normNumber(numberOf(d));
            case TITLE -> normText(d.title());
            case DATE -> d.date() == null ? "" : d.date().toString();
        };
    }

    /** The 文号 the graph shows: canonical, or as printed where it is too damaged to read; empty where none. */
    private static String numberOf(DocumentRecord d) {
        if (d.docNumber() != null) {
            return d.docNumber().canonical();
        }
        return d.unreadNumber() == null ? "" : d.unreadNumber();
    }

    private static Set<List<String>> goldCitationKeys(String file) {
        Map<String, String> numberOfId = new HashMap<>();
        for (Map<String, String> row : readTsv(file, "documents.tsv")) {
            numberOfId.put(row.get("id"), normNumber(row.get("doc_number")));
        }
        Set<List<String>> keys = new HashSet<>();
        for (Map<String, String> row : readTsv(file, "citations.tsv")) {
            assertThat(numberOfId).as(file + ": citing id " + row.get("citing_id")).containsKey(row.get("citing_id"));
            keys.add(citationKey(numberOfId.get(row.get("citing_id")), row.get("cited_doc_number"), row.get("cited_title")));
        }
        return keys;
    }

    private static Set<List<String>> parsedCitationKeys(String file) {
        Set<List<String>> keys = new HashSet<>();
        for (DocumentRecord d : parsed(file).documents) {
            String citing = normNumber(numberOf(d));
            for (Citation c : d.citations()) {
                keys.add(citationKey(citing, c.number(), c.title()));
            }
        }
        return keys;
    }

    /** score.py's cited_key: the cited number where one is printed, else the title; with the citing document's number. */
    private static List<String> citationKey(String citingNumber, String citedNumber, String citedTitle) {
        return citedNumber != null && !citedNumber.isBlank()
                ? List.of(citingNumber, "n", normNumber(citedNumber))
                : List.of(citingNumber, "t", normText(citedTitle));
    }

    // ---------------------------------------------------------------- score.py's normalisation

    private static final Pattern WS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DASHES = Pattern.compile("[—–－―‐-]+");
    private static final Pattern YEAR_BRACKETS = Pattern.compile(
            "[\\[(（〔［【〖„]\\s*(\\d{4})\\s*[\\])）〕］】〗‟]", Pattern.UNICODE_CHARACTER_CLASS);

    static String normText(String s) {
        String t = Simplified.of(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC));
        t = WS.matcher(t).replaceAll("").replace("<", "〈").replace(">", "〉");
        return DASHES.matcher(t).replaceAll("-");
    }

    static String normNumber(String s) {
        return YEAR_BRACKETS.matcher(normText(s)).replaceAll("〔$1〕");
    }

    // ---------------------------------------------------------------- files

    private static synchronized RecordingSink parsed(String file) {
        return PARSED.computeIfAbsent(file, f -> {
            RecordingSink sink = new RecordingSink();
            new GazetteParser().parse(SourceText.read(OUTSIDE.resolve("corpus").resolve(f + ".txt")), sink);
            return sink;
        });
    }

    /** The rows of a gold table (tab-separated, a header line, no quoting), as header → value. */
    private static List<Map<String, String>> readTsv(String file, String table) {
        List<String> lines;
        try {
            lines = Files.readAllLines(OUTSIDE.resolve("gold").resolve(file).resolve(table), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

}
