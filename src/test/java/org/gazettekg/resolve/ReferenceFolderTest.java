package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gazettekg.parse.Gazetteer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReferenceFolder#use}: a folder's files become the process's standard data, null the built-in data again. */
class ReferenceFolderTest {

    @TempDir
    Path dir;

    @AfterEach
    void builtInDataAgain() {
        ReferenceFolder.use(null);
    }

    @Test
    void folder_replacesTheGazetteerTheNationalBodiesAndTheLawCatalog_nullRestoresTheBuiltInData() throws IOException {
        Files.writeString(dir.resolve(ReferenceData.DIVISIONS),
                "code\tname\tlevel\tparent_code\n44\t广东省\tprovince\t\n4419\t东莞市\tcity\t44\n");
        Files.writeString(dir.resolve(ReferenceData.NATIONAL_BODIES), "name\tsource\n虚构总署\ttest\n");
        Files.writeString(dir.resolve(LawCatalog.FILE_NAME), "name\tfull_name\tlegal_force\tpublished\tvalid_from\tsuperseded\n"
                + "虚构事项条例\t\t行政法规\t2020-01-01\t2020-03-01\t0\n");

        ReferenceFolder.use(dir);

        assertThat(Gazetteer.standard().byCode("4419")).isPresent();
        assertThat(Gazetteer.standard().byCode("4401")).isEmpty();
        assertThat(ReferenceData.standard().nationalBodies()).containsExactly("虚构总署");
        assertThat(Resolution.standard().laws().versions()).extracting(LawCatalog.Version::name)
                .containsExactly("虚构事项条例");

        ReferenceFolder.use(null);

        assertThat(Gazetteer.standard().byCode("4401")).isPresent();
        assertThat(ReferenceData.standard().nationalBodies()).contains("国务院", "财政部").doesNotContain("虚构总署");
        assertThat(Resolution.standard().laws().versions("虚构事项条例")).isEmpty();
        assertThat(Resolution.standard().laws().size()).isGreaterThan(100);
    }

    @Test
    void fileOrMissingPath_isRefusedWithItsName_andChangesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("laws.tsv"), "name\n");
        ReferenceData before = ReferenceData.standard();

        assertThatThrownBy(() -> ReferenceFolder.use(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not a folder");
        assertThatThrownBy(() -> ReferenceFolder.use(dir.resolve("missing"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReferenceData.standard()).isSameAs(before);
    }
}
