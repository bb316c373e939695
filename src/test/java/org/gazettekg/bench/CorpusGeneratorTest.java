package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gazettekg.parse.DocumentRecord;
import org.gazettekg.parse.GazetteParser;
import org.gazettekg.parse.GazetteSink;
import org.gazettekg.parse.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusGeneratorTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path CHANGZHI = CORPUS.resolve("changzhi-2020-02.txt");
    private static final long SEED = 7;

    @TempDir
    Path tmp;

    private static CorpusGenerator generator(long seed) {
        return new CorpusGenerator(CorpusGenerator.gazettesIn(CORPUS), seed);
    }

    private static List<DocumentRecord> documents(String name, String text) {
        List<DocumentRecord> docs = new ArrayList<>();
        new GazetteParser().parse(SourceText.of(name, text.lines().toList()), new GazetteSink() {
            @Override
            public void document(DocumentRecord d) {
                docs.add(d);
            }
        });
        return docs;
    }

    @Test
    void sameSeed_writesTheSameFilesInTheSameOrder() throws IOException {
        List<Path> a = generator(SEED).generate(3, tmp.resolve("a"));
        List<Path> b = generator(SEED).generate(3, tmp.resolve("b"));
        assertThat(a).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(b.stream().map(p -> p.getFileName().toString()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readString(a.get(i))).as(a.get(i).getFileName().toString()).isEqualTo(Files.readString(b.get(i)));
        }
    }

    @Test
    void anotherSeed_writesOtherVariants() {
        String one = generator(SEED).variant(CHANGZHI, 1).text();
        String other = generator(SEED + 1).variant(CHANGZHI, 1).text();
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void scaleN_writesNVariantsOfEachOriginal_withUniqueNames_includingTheOriginals() throws IOException {
        List<Path> files = generator(SEED).generate(4, tmp);
        assertThat(files).hasSize(4 * CorpusGenerator.gazettesIn(CORPUS).size());
        assertThat(files).extracting(p -> p.getFileName().toString()).doesNotHaveDuplicates()
                .contains("changzhi-2020-02.txt", "shuozhou-2019-docs.txt");
        try (Stream<Path> written = Files.list(tmp)) {
            assertThat(written.count()).isEqualTo(files.size());
        }
        assertThat(Files.readString(tmp.resolve("changzhi-2020-02.txt"))).isEqualTo(Files.readString(CHANGZHI));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void variant_movesTheGazetteToAnotherCity_namesAndAgencyCodesRewritten(int index) {
        CorpusGenerator.Variant v = generator(SEED).variant(CHANGZHI, index);
        assertThat(v.sourceCity()).isEqualTo("长治市");
        assertThat(v.targetCity()).isNotEqualTo("长治市").endsWith("市");
        assertThat(v.text()).doesNotContain("长治市", "长政办发", "潞州区", "上党区")
                .contains(v.targetCity() + "人民政府");
        assertThat(v.fileName()).startsWith("changzhi-2020-02-v000" + index + "-14").endsWith(".txt");
    }

    @Test
    void variant_replacesTheCityCodeOfItsDocumentNumbers() {
        CorpusGenerator.Variant v = generator(SEED).variant(CHANGZHI, 1);
        List<DocumentRecord> docs = documents(v.fileName(), v.text());
        assertThat(docs).filteredOn(d -> d.docNumber() != null).isNotEmpty()
                .allSatisfy(d -> assertThat(d.docNumber().toString()).doesNotStartWith("长政"));
    }

    @Test
    void variant_shiftsYearsAndSequenceNumbers() {
        assertThat(CorpusGenerator.shiftYears("2020年2月29日 〔2019〕 电话 020-12345", -4))
                .isEqualTo("2016年2月29日 〔2015〕 电话 020-12345");
        assertThat(CorpusGenerator.shiftSequenceNumbers("长政办发〔2020〕10号 and [2019]7号", 5))
                .isEqualTo("长政办发〔2020〕15号 and [2019]12号");
    }

    static Stream<Arguments> originalsAndVariants() {
        return CorpusGenerator.gazettesIn(CORPUS).stream()
                .flatMap(f -> Stream.of(1, 2, 3).map(i -> Arguments.of(f.getFileName().toString(), i)));
    }

    @ParameterizedTest
    @MethodSource("originalsAndVariants")
    void variant_parsesToAsManyDocumentsAsItsOriginal(String original, int index) throws IOException {
        Path file = CORPUS.resolve(original);
        CorpusGenerator.Variant v = generator(SEED).variant(file, index);
        int expected = documents(original, Files.readString(file)).size();
        assertThat(expected).isPositive();
        assertThat(documents(v.fileName(), v.text())).hasSize(expected);
    }
}
