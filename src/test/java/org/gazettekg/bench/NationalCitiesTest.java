package org.gazettekg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NationalCitiesTest {

    @Test
    void cityWhoseFirstCharacterIsAProvincesCode_printsItsShortName() {
        assertThat(NationalCities.derivedCode("鄂州市", Set.of("鄂", "晋"))).isEqualTo("鄂州");
    }

    @Test
    void cityWhoseFirstCharacterIsNoProvincesCode_printsThatCharacter() {
        assertThat(NationalCities.derivedCode("荆州市", Set.of("鄂", "晋"))).isEqualTo("荆");
    }

    @Test
    void standardCities_ezhouWithNoCityCodeRow_printsEzhouNotHubeisCode() {
        assertThat(NationalCities.standard().all())
                .filteredOn(c -> c.name().equals("鄂州市"))
                .extracting(NationalCities.City::agencyCode)
                .containsExactly("鄂州");
    }
}
