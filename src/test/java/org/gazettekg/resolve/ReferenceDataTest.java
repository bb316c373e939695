package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gazettekg.parse.Gazetteer;
import org.gazettekg.resolve.Provinces.Form;
import org.gazettekg.resolve.Provinces.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.standard();

    @Test
    void provinces_areTheThirtyOneProvincialUnitsEachWithItsOwnAbbreviation() {
        List<Province> all = data.provinces().all();

        assertThat(all).hasSize(31);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.code()).matches("\\d\\d");
            assertThat(p.name()).matches(".+(省|自治区|市)");
            assertThat(p.abbr()).hasSize(1);
        });
        assertThat(all.stream().map(Province::abbr).distinct()).hasSize(31);
        assertThat(data.provinces().byAbbr("粤")).get().extracting(Province::office).isEqualTo("广东省人民政府办公厅");
        assertThat(data.provinces().byAbbr("内")).get().extracting(Province::government).isEqualTo("内蒙古自治区人民政府");
    }

    @Test
    void everyForm_namesItsProvincesGovernmentOrOfficeWithAnExampleAndASource() {
        assertThat(data.provinces().forms()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.example()).as(f.form()).isNotBlank();
            assertThat(f.source()).as(f.form()).isNotBlank();
            if (f.national()) {
                assertThat(f.body()).isIn("国务院", "国务院办公厅");
            } else {
                Province p = data.provinces().byCode(f.code()).orElseThrow();
                assertThat(f.form()).startsWith(p.abbr());
                assertThat(f.body()).isIn(p.government(), p.office());
                assertThat(f.parsed().office()).isEqualTo(f.body().equals(p.office()));
            }
        });
        assertThat(data.provinces().forms()).extracting(Form::form)
                .contains("国发", "国办发", "国函", "国办函", "粤府", "粤府办", "浙政发", "浙政办发", "京政发", "京政办发",
                        "沪府发", "鲁政字", "湘政发", "湘政办发", "川府发", "宁政发", "宁政办发");
    }

    @Test
    void cityCodes_andDepartments_sayWhereTheyComeFrom() {
        assertThat(data.cityCodes().all()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.code()).matches("\\d{4}|\\d{6}");
            assertThat(c.office()).isIn("办公厅", "办公室", "");
            assertThat(c.source()).isNotBlank();
            assertThat(c.example()).isNotBlank();
        });
        assertThat(data.cityCodes().byName("广州市")).get().extracting(CityCodes.CityCode::agencyCode).isEqualTo("穗");
        assertThat(data.departments().all()).isNotEmpty().allSatisfy(d -> assertThat(d.source()).isNotBlank());
        assertThat(data.nationalBodies()).contains("国务院", "中华人民共和国", "全国人民代表大会", "财政部");
    }

    @Test
    void fileInAFolder_replacesTheBuiltInOne_theOthersStay(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CityCodes.FILE_NAME),
                "code\tname\tagency_code\toffice\texample\tsource\n3502\t厦门市\t厦\t办公厅\t厦府办〔…〕\ttest\n");

        ReferenceData replaced = ReferenceData.load(Optional.of(dir));

        assertThat(replaced.cityCodes().all()).extracting(CityCodes.CityCode::name).containsExactly("厦门市");
        assertThat(replaced.provinces().all()).hasSize(31);
        assertThat(new AgencyCodeResolver(replaced).resolve("厦府办发", "3502")).get().extracting(Issuer::body)
                .isEqualTo("厦门市人民政府办公厅");
    }

    @Test
    void divisionsInAFolder_replaceTheGazetteer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReferenceData.DIVISIONS),
                "code\tname\tlevel\tparent_code\n44\t广东省\tprovince\t\n4419\t东莞市\tcity\t44\n");

        ReferenceData replaced = ReferenceData.load(Optional.of(dir));

        assertThat(replaced.gazetteer().byCode("4419")).isPresent();
        assertThat(replaced.gazetteer().byCode("4401")).as("the built-in units are gone").isEmpty();
        assertThat(new AgencyCodeResolver(replaced).resolve("东府", "4419")).get().extracting(Issuer::body)
                .isEqualTo("东莞市人民政府");
    }

    @Test
    void folderWithoutDivisions_keepsTheStandardGazetteer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CityCodes.FILE_NAME), "code\tname\tagency_code\toffice\texample\tsource\n");

        assertThat(ReferenceData.load(Optional.of(dir)).gazetteer()).isSameAs(Gazetteer.standard());
        assertThat(ReferenceData.load(Optional.empty()).gazetteer()).isSameAs(Gazetteer.standard());
    }

    @Test
    void nationalBodiesInAFolder_replaceTheBuiltInList_rowsWithoutANameAreSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ReferenceData.NATIONAL_BODIES), "name\tsource\n虚构总署\ttest\n \tno name\n虚构委员会\ttest\n");

        assertThat(ReferenceData.load(Optional.of(dir)).nationalBodies()).containsExactly("虚构总署", "虚构委员会");
        assertThat(ReferenceData.load(Optional.empty()).nationalBodies()).contains("国务院", "财政部")
                .allSatisfy(n -> assertThat(n).isNotBlank());
    }
}
