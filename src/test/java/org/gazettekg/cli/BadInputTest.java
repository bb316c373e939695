package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gazettekg.store.GazetteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input through {@code load}: each bad file gets a message naming it (and the line where
 * there is one), the other files still load, the store is left as it was for the bad one, and
 * the exit status is non-zero.
 */
class BadInputTest {

    static final Path SAMPLE = Path.of("corpus", "changzhi-2020-02.txt");

    @TempDir
    Path tmp;

    private String db() {
        return tmp.resolve("db").toString();
    }

    private static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    private static long graphs(Path db) {
        try (GazetteStore store = GazetteStore.open(db)) {
            return store.graphNames().size();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "empty, 'file is empty'",
            "binary, 'binary content'",
            "prose, 'not a gazette'",
            "latin1, 'neither UTF-8 nor GB18030'"})
    void badFile_isReportedByName_otherFilesLoad_exitIsNonZero(String kind, String expected) throws IOException {
        byte[] bytes = switch (kind) {
            case "empty" -> new byte[0];
            case "binary" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
            case "prose" -> "今天天气很好。\n我们去公园散步，2020年3月1日。\n".getBytes(StandardCharsets.UTF_8);
            // A byte sequence that is valid in neither UTF-8 nor GB18030.
            default -> new byte[] {'a', (byte) 0x81, (byte) 0x20, 'b'};
        };
        Path bad = write(kind + ".txt", bytes);
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db(), bad.toString(), SAMPLE.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains(kind + ".txt").contains(expected);
        assertThat(r.out()).contains("changzhi-2020-02.txt:").contains("1 of 2 file(s) loaded");
        assertThat(graphs(tmp.resolve("db"))).isEqualTo(1);
    }

    @Test
    void enormousSingleLine_isRefusedNamingFileAndLine() throws IOException {
        Path huge = tmp.resolve("in").resolve("huge.txt");
        Files.createDirectories(huge.getParent());
        try (OutputStream out = Files.newOutputStream(huge)) {
            out.write("长治市人民政府公报\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "政".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db(), huge.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("huge.txt:2").contains("exceeds the limit");
    }

    @Test
    void gb18030_bom_and_crlf_variants_loadTheSameGraphAsTheOriginal() throws IOException {
        String text = sample();
        Path gb = write("gb18030.txt", text.getBytes(Charset.forName("GB18030")));
        Path bom = write("bom.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        Path crlf = write("crlf.txt", text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        CommandLineTest.Run original = CommandLineTest.run("load", "--db", tmp.resolve("o").toString(), SAMPLE.toString());
        CommandLineTest.Run variants = CommandLineTest.run("load", "--db", db(), gb.toString(), bom.toString(), crlf.toString());
        assertThat(variants.status()).as(variants.err()).isZero();
        String counts = original.out().lines().filter(l -> l.startsWith("changzhi-2020-02.txt:")).findFirst().orElseThrow()
                .substring("changzhi-2020-02.txt:".length());
        for (String name : List.of("gb18030.txt", "bom.txt", "crlf.txt")) {
            assertThat(variants.out()).contains(name + ":" + counts);
        }
    }

    @Test
    void truncatedGazette_loadsWhatItHolds() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        // Cut in the middle of the last document's enclosed plan, as a broken conversion does.
        String cut = String.join("\n", lines.subList(0, lines.size() - 60)) + "\n三、加强";
        Path truncated = write("truncated.txt", cut.getBytes(StandardCharsets.UTF_8));
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db(), truncated.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("truncated\\.txt: [1-9]\\d* documents");
    }

    @Test
    void folderWithNonGazetteFiles_loadsTheGazettes_andNamesTheRest() throws IOException {
        write("a.txt", sample().getBytes(StandardCharsets.UTF_8));
        write("readme.md", "# notes".getBytes(StandardCharsets.UTF_8));
        write("notes.txt", "会议记录：无。\n".getBytes(StandardCharsets.UTF_8));
        CommandLineTest.Run r = CommandLineTest.run("load", "--db", db(), tmp.resolve("in").toString());
        assertThat(r.status()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("readme.md").contains("notes.txt").contains("not a gazette");
        assertThat(r.out()).contains("a.txt:");
        assertThat(graphs(tmp.resolve("db"))).isEqualTo(1);
    }
}
