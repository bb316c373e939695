package org.gazettekg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gazettekg.resolve.ReferenceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load --reference DIR}: reference files of a folder replace the built-in ones without a rebuild. */
class ReferenceOptionTest {

    /** A document citing a regulation no catalog knows (the built-in one included). */
    private static final String DOCUMENT = """
            长治市人民政府办公室
            关于加强某事项管理的通知

            长政办发〔2021〕7号

            各县（区）人民政府：

            根据《长治虚构事项条例》，现通知如下。

            长治市人民政府办公室
            2021年3月9日
            """;

    @TempDir
    Path tmp;

    @AfterEach
    void builtInDataAgain() {
        ReferenceFolder.use(null);
    }

    @Test
    void lawCatalogInTheReferenceFolder_givesTheCitedTitleItsLegalForce() throws IOException {
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        Files.writeString(reference.resolve("laws.tsv"), "name\tfull_name\tlegal_force\tpublished\tvalid_from\tsuperseded\n"
                + "长治虚构事项条例\t\t行政法规\t2020-01-01\t2020-03-01\t0\n", StandardCharsets.UTF_8);

        assertThat(legalForces(tmp.resolve("builtin"), null)).doesNotContain("administrative-regulation");
        assertThat(legalForces(tmp.resolve("own"), reference)).contains("administrative-regulation");
    }

    @Test
    void referenceThatIsNotAFolder_isRefusedWithItsName() {
        CommandLineTest.Run run = CommandLineTest.run("load", "--db", tmp.resolve("db").toString(),
                "--reference", tmp.resolve("missing").toString(), tmp.resolve("x.txt").toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("missing").contains("not a folder");
    }

    private String legalForces(Path db, Path reference) throws IOException {
        Path file = tmp.resolve("changzhi-doc.txt");
        Files.writeString(file, DOCUMENT, StandardCharsets.UTF_8);
        CommandLineTest.Run load = reference == null
                ? CommandLineTest.run("load", "--db", db.toString(), file.toString())
                : CommandLineTest.run("load", "--db", db.toString(), "--reference", reference.toString(), file.toString());
        assertThat(load.status()).as(load.err()).isZero();
        CommandLineTest.Run query = CommandLineTest.run("query", "--db", db.toString(), "--format", "csv", "policies");
        assertThat(query.status()).as(query.err()).isZero();
        return query.out();
    }
}
