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
import org.gazettekg.parse.Simplified;
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
        String text = Simplified.of(v.text());
        assertThat(text).doesNotContain("长治市", "长政办发", "潞州区", "上党区")
                .contains(v.targetCity() + "人民政府");
        if (!v.targetProvince().equals("山西省")) {
            assertThat(text).doesNotContain("山西省", "晋政办发");
        }
        assertThat(v.fileName()).startsWith("changzhi-2020-02-v000" + index + "-").endsWith(".txt")
                .doesNotContain("-v000" + index + "-14");
    }

    @Test
    void variant_replacesTheCityCodeOfItsDocumentNumbers() {
        CorpusGenerator.Variant v = generator(SEED).variant(CHANGZHI, 1);
        List<DocumentRecord> docs = documents(v.fileName(), v.text());
        assertThat(docs).filteredOn(d -> d.docNumber() != null).isNotEmpty()
                .allSatisfy(d -> assertThat(d.docNumber().toString()).doesNotStartWith("长政"));
    }

    @Test
    void variantsOfACityInAnotherProvince_takeItsCodeFromTheReferenceData() {
        NationalCities.City guangzhou = NationalCities.standard().all().stream()
                .filter(c -> c.name().equals("广州市")).findFirst().orElseThrow();
        NationalCities.City changzhi = NationalCities.standard().all().stream()
                .filter(c -> c.name().equals("长治市")).findFirst().orElseThrow();
        String moved = generator(SEED).renameCity("长治市人民政府办公室 长政办发〔2020〕10号 晋政办发〔2019〕17号 山西省长治市",
                changzhi, guangzhou);
        assertThat(moved).isEqualTo("广州市人民政府办公室 穗政办发〔2020〕10号 粤政办发〔2019〕17号 广东省广州市");
    }

    @Test
    void gazetteMovedToAnyAutonomousPrefecture_keepsEveryDocumentAndItsNumber() throws IOException {
        // at 1000x, gazettes moved to 黔西南布依族苗族自治州 printed 黔西南布依族苗族自治州政发〔2011〕33号, which is no 文号,
        // and were refused as holding no document: the code is now the prefecture's short form (黔西南州政发)
        String text = Files.readString(CHANGZHI);
        List<DocumentRecord> expected = documents(CHANGZHI.getFileName().toString(), text);
        NationalCities.City changzhi = NationalCities.standard().all().stream()
                .filter(c -> c.name().equals("长治市")).findFirst().orElseThrow();
        List<NationalCities.City> prefectures = NationalCities.standard().all().stream()
                .filter(c -> c.name().endsWith("自治州")).toList();

        assertThat(prefectures).hasSize(30);
        for (NationalCities.City target : prefectures) {
            List<DocumentRecord> docs = documents(target.name() + ".txt", generator(SEED).renameCity(text, changzhi, target));
            assertThat(docs).as(target.name()).hasSize(expected.size());
            assertThat(docs.stream().filter(d -> d.docNumber() != null).count()).as(target.name())
                    .isEqualTo(expected.stream().filter(d -> d.docNumber() != null).count());
        }
    }

    @Test
    void scaleThirty_spreadsOverEveryProvince_oneInFiveTraditional_oneInFiveDocumentPages() {
        CorpusGenerator g = generator(SEED);
        List<CorpusGenerator.Variant> variants = new ArrayList<>();
        for (Path original : CorpusGenerator.gazettesIn(CORPUS)) {
            for (int i = 1; i < 30; i++) {
                variants.add(g.variant(original, i));
            }
        }
        assertThat(variants.stream().map(CorpusGenerator.Variant::targetProvince).distinct().count())
                .isEqualTo(NationalCities.standard().provinceCount()).isEqualTo(31);
        assertThat(variants.stream().map(CorpusGenerator.Variant::targetCity).distinct().count()).isGreaterThan(140);
        List<CorpusGenerator.Variant> traditional = variants.stream().filter(CorpusGenerator.Variant::traditional).toList();
        List<CorpusGenerator.Variant> pages = variants.stream().filter(CorpusGenerator.Variant::documentPages).toList();
        assertThat(traditional.size() / (double) variants.size()).isBetween(0.1, 0.3);
        assertThat(pages.size() / (double) variants.size()).isBetween(0.1, 0.3);
        assertThat(traditional).allSatisfy(v -> assertThat(Simplified.traditionalCount(v.text())).isGreaterThan(100));
        assertThat(variants).filteredOn(v -> !v.traditional())
                .allSatisfy(v -> assertThat(Simplified.traditionalCount(v.text())).isLessThan(20)); // the sample prints a few (史迴乡)
        assertThat(pages).allSatisfy(v -> assertThat(Simplified.of(v.text())).contains("| 发文字号: | ", "| 成文日期: | "));
    }

    @Test
    void everyGeneratedFile_parsesWithDocuments_pagesGivingTheirMetadata() throws IOException {
        List<Path> files = generator(SEED).generate(12, tmp);
        int withMetadata = 0;
        for (Path f : files) {
            List<DocumentRecord> docs = documents(f.getFileName().toString(), Files.readString(f));
            assertThat(docs).as(f.getFileName().toString()).isNotEmpty();
            withMetadata += (int) docs.stream().filter(d -> d.metadata() != null).count();
        }
        assertThat(withMetadata).isPositive();
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
                .flatMap(f -> Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).map(i -> Arguments.of(f.getFileName().toString(), i)));
    }

    @ParameterizedTest
    @MethodSource("originalsAndVariants")
    void variant_parsesToAsManyDocumentsAsItsOriginal(String original, int index) throws IOException {
        Path file = CORPUS.resolve(original);
        CorpusGenerator.Variant v = generator(SEED).variant(file, index);
        List<DocumentRecord> expected = documents(original, Files.readString(file));
        assertThat(expected).isNotEmpty();
        List<DocumentRecord> docs = documents(v.fileName(), v.text());
        assertThat(docs).hasSize(expected.size());
        assertThat(docs.stream().filter(d -> d.docNumber() != null).count())
                .isEqualTo(expected.stream().filter(d -> d.docNumber() != null).count());
    }
}
