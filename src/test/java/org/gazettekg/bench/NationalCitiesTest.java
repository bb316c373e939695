package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gazettekg.parse.DocNumber;
import org.gazettekg.parse.Gazetteer;
import org.gazettekg.resolve.AgencyCodeResolver;
import org.gazettekg.resolve.Issuer;
import org.junit.jupiter.api.Test;

class NationalCitiesTest {

    private static final Gazetteer CHINA = Gazetteer.standard();

    @Test
    void cityWhoseFirstCharacterIsAProvincesCode_printsItsShortName() {
        assertThat(NationalCities.derivedCode("鄂州市", Set.of("鄂", "晋"), CHINA)).isEqualTo("鄂州");
    }

    @Test
    void cityWhoseFirstCharacterIsNoProvincesCode_printsThatCharacter() {
        assertThat(NationalCities.derivedCode("荆州市", Set.of("鄂", "晋"), CHINA)).isEqualTo("荆");
    }

    @Test
    void autonomousPrefecture_printsItsShortForm_neverItsFullName() {
        // at 1000x the generator printed 黔西南布依族苗族自治州政发〔2011〕33号, a 文号 no parser reads (13 characters)
        assertThat(NationalCities.derivedCode("黔西南布依族苗族自治州", Set.of("黔", "鄂"), CHINA)).isEqualTo("黔西南州");
        assertThat(NationalCities.derivedCode("恩施土家族苗族自治州", Set.of("黔", "鄂"), CHINA)).isEqualTo("恩施州");
    }

    @Test
    void standardCities_ezhouWithNoCityCodeRow_printsEzhouNotHubeisCode() {
        assertThat(NationalCities.standard().all())
                .filteredOn(c -> c.name().equals("鄂州市"))
                .extracting(NationalCities.City::agencyCode)
                .containsExactly("鄂州");
    }

    @Test
    void everyCitysCode_isReadAsA文号_andNamesThatCityOrNoOneInItsOwnDocuments() {
        AgencyCodeResolver resolver = AgencyCodeResolver.standard();
        for (NationalCities.City c : NationalCities.standard().all()) {
            if (c.name().endsWith("地区") || c.name().endsWith("盟")) {
                continue; // governed by a 行政公署, whose codes the resolver does not derive (锡政发 is 锡林浩特市's)
            }
            String code = c.agencyCode() + "政办发";
            assertThat(DocNumber.parse(code + "〔2011〕33号")).as(c.name()).map(DocNumber::agencyCode).hasValue(code);
            resolver.resolve(c.agencyCode() + "政发", c.code()).map(Issuer::division)
                    .ifPresent(d -> assertThat(d).as(c.name()).isEqualTo(c.code()));
        }
    }

    @Test
    void everyAutonomousPrefecturesCode_namesItsGovernmentInItsOwnDocuments() {
        AgencyCodeResolver resolver = AgencyCodeResolver.standard();
        assertThat(NationalCities.standard().all()).filteredOn(c -> c.name().endsWith("自治州")).hasSize(30)
                .allSatisfy(c -> assertThat(resolver.resolve(c.agencyCode() + "政发", c.code()))
                        .as(c.name()).get().extracting(Issuer::body).isEqualTo(c.name() + "人民政府"));
    }
}
