package org.gazettekg.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.gazettekg.parse.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LocalUnits}: the place codes of cities and counties, from the tables first and the gazetteer for the rest. */
class LocalUnitsTest {

    /** Built per test: PIT runs many mutants in one JVM, and a resolver kept in a static field would outlive its mutant. */
    private final AgencyCodeResolver standard = AgencyCodeResolver.standard();

    @Test
    void cityWhoseGovernmentCodeTheAgencyTableGives_isNamedByThatPlaceCode_notByItsFirstCharacter() {
        // 并政发 (agency-codes.tsv) gives 太原市 the place code 并, which no other table gives it
        assertThat(standard.resolve("并府发", "1401")).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("太原市人民政府");
            assertThat(i.division()).isEqualTo("1401");
            assertThat(i.method()).isEqualTo(Method.DERIVED);
            assertThat(i.source()).startsWith("derived: agency-codes.tsv 并政发: 太原市 (1401) 代字 并");
        });
        assertThat(standard.resolve("太政发", "1401")).as("太 is no code of 太原 once a table gives it 并").isEmpty();
    }

    @Test
    void placeCodeTheCityTableGives_isATableReading() {
        assertThat(standard.resolve("宁政发", "3201")).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("南京市人民政府");
            assertThat(i.method()).isEqualTo(Method.TABLE);
            assertThat(i.source()).startsWith("city-codes.tsv (").contains("南京市 (3201) 代字 宁");
        });
    }

    @Test
    void cityInBothTables_isIndexedOnce_andTheAgencyRowKeepsItsDivision() {
        assertThat(standard.localUnits().at("长")).filteredOn(u -> u.code().equals("1404")).hasSize(1);
        // the row 长政发 of agency-codes.tsv is placed by its region 长治市, which city-codes.tsv names
        assertThat(standard.resolve("长政发", "1404")).hasValueSatisfying(i -> {
            assertThat(i.body()).isEqualTo("长治市人民政府");
            assertThat(i.source()).startsWith("agency-codes.tsv 长政发");
        });
    }

    @Test
    void divisionOf_namesOnlyACityOrCounty() {
        LocalUnits units = standard.localUnits();

        assertThat(units.divisionOf("太原市")).contains("1401");
        assertThat(units.divisionOf("交城县")).contains("141122");
        assertThat(units.divisionOf("南京市")).contains("3201");
        assertThat(units.divisionOf("山西省")).isEmpty();
        assertThat(units.divisionOf("没有这个市")).isEmpty();
    }

    @Test
    void cityOfTheCityTableMissingFromTheGazetteer_isStillIndexed_andNamesItsDistricts() {
        Gazetteer partial = Gazetteer.read(new StringReader(
                "code\tname\tlevel\tparent_code\n32\t江苏省\tprovince\t\n320102\t玄武区\tcounty\t3201\n"));
        AgencyCodeResolver r = new AgencyCodeResolver(ReferenceData.standard().withGazetteer(partial));

        assertThat(r.resolve("宁政发", "3201")).get().extracting(Issuer::body).isEqualTo("南京市人民政府");
        assertThat(r.resolve("玄政发", "320102")).get().extracting(Issuer::body).isEqualTo("南京市玄武区人民政府");
    }

    @Test
    void cityWhoseOfficeTheTableDoesNotAttest_getsNoOffice(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CityCodes.FILE_NAME),
                "code\tname\tagency_code\toffice\texample\tsource\n3502\t厦门市\t厦\t\t厦府〔…〕\ttest\n");
        AgencyCodeResolver r = new AgencyCodeResolver(ReferenceData.load(Optional.of(dir)));

        assertThat(r.resolve("厦府发", "3502")).get().extracting(Issuer::body).isEqualTo("厦门市人民政府");
        assertThat(r.resolve("厦府办发", "3502")).isEmpty();
    }
}
