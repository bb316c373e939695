package org.gazettekg.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The names of the standard gazetteer that {@link DivisionNames} compiles, and where {@link DivisionNames#index}
 * finds them. Built here rather than taken from {@link DivisionMatcher}'s shared copy, so that the building itself
 * is what the tests check; built before each test, not once for the class, so that PIT counts the building as
 * covered by each test.
 */
class DivisionNamesTest {

    private Gazetteer china;
    private DivisionNames names;

    @BeforeEach
    void build() {
        china = Gazetteer.standard();
        names = new DivisionNames(china);
    }

    @Test
    void countyByFullNameAndShortForm_standsForItsUnit() {
        Gazetteer.Unit huguan = china.byFullName("壶关县").get(0);

        assertThat(names.entry("壶关县")).satisfies(e -> {
            assertThat(e.form()).isEqualTo(DivisionNames.Form.FULL);
            assertThat(e.scopedOnly()).isFalse();
            assertThat(e.candidates()).containsExactly(new DivisionNames.Candidate(huguan.code(), "壶关县"));
        });
        assertThat(names.entry("壶关")).satisfies(e -> {
            assertThat(e.form()).isEqualTo(DivisionNames.Form.SHORT);
            assertThat(e.candidates()).containsExactly(new DivisionNames.Candidate(huguan.code(), "壶关县"));
        });
    }

    @Test
    void formerCountyName_standsForItsSuccessor() {
        // 长治县 became 上党区 in 2016
        Gazetteer.FormerName former = china.formerNames("长治县").get(0);

        assertThat(names.entry("长治县")).satisfies(e -> {
            assertThat(e.form()).isEqualTo(DivisionNames.Form.FORMER);
            assertThat(e.candidates()).extracting(DivisionNames.Candidate::code).containsExactly(former.currentCode());
        });
    }

    @Test
    void autonomousCountyByItsShortFormWithSuffix_countsOnlyWhereAJurisdictionResolvesIt() {
        assertThat(names.entry("积石山县")).satisfies(e -> {
            assertThat(e.form()).isEqualTo(DivisionNames.Form.AUTONOMOUS);
            assertThat(e.scopedOnly()).isTrue();
            assertThat(e.candidates()).extracting(DivisionNames.Candidate::rowName).containsOnly("积石山县");
        });
    }

    @Test
    void townPartDistrict_isScopedOnly_andAOneCharacterDistrictIsNoCountyName() {
        assertThat(names.entry("新城区").scopedOnly()).isTrue();
        assertThat(names.entry("城区")).isNull();
        assertThat(DivisionNames.isGenericDistrict("城区")).isTrue();
        assertThat(DivisionNames.isGenericDistrict("新城区")).isFalse();
        assertThat(DivisionNames.isGenericDistrict("城关")).isFalse();
    }

    @Test
    void shortFormThatIsAlsoACitysShortForm_isNoCountyName() {
        // 朝阳县 (辽宁) and the city of 朝阳: 朝阳 alone names the city first
        assertThat(names.entry("朝阳县")).isNotNull();
        assertThat(names.entry("朝阳")).isNull();
    }

    @Test
    void provincesCitiesAndPrefecturesByTheirShortForm_areHigherUnits() {
        assertThat(names.higherUnits("山西省")).extracting(Gazetteer.Unit::level).containsExactly(Gazetteer.PROVINCE);
        assertThat(names.higherUnits("长治市")).extracting(Gazetteer.Unit::level).containsExactly(Gazetteer.CITY);
        assertThat(names.higherUnits("临夏州")).extracting(Gazetteer.Unit::name).containsExactly("临夏回族自治州");
        assertThat(names.higherUnits("壶关县")).isEmpty();
    }

    @Test
    void index_findsEachKindOfNameWhereItStarts_andNothingOutsideTheText() {
        String text = "山西省长治市壶关县城区";
        DivisionNames.Index index = names.index(text);

        assertThat(index.higherAt(0)).isEqualTo(3);
        assertThat(index.higherAt(3)).isEqualTo(3);
        assertThat(index.higherEndsAt(6)).isTrue();
        assertThat(index.higherEndingAt(6)).isEqualTo(3);
        assertThat(index.countyAt(6).name()).isEqualTo("壶关县");
        assertThat(index.genericAt(9)).isEqualTo(2);
        assertThat(index.countyAt(-1)).isNull();
        assertThat(index.countyAt(text.length())).isNull();
        assertThat(index.higherAt(-1)).isZero();
        assertThat(index.higherAt(text.length())).isZero();
        assertThat(index.genericAt(-1)).isZero();
        assertThat(index.genericAt(text.length())).isZero();
        assertThat(index.higherEndingAt(-1)).isZero();
        assertThat(index.higherEndingAt(text.length() + 1)).isZero();
    }

    @Test
    void index_findsNamesFarApartAndAtTheVeryStart() {
        String text = "壶关县人民政府关于同意调整部分乡镇行政区划的请示已收悉。经研究，同意山西省的意见";
        DivisionNames.Index index = names.index(text);

        assertThat(index.countyAt(0).name()).isEqualTo("壶关县");
        assertThat(index.higherAt(text.indexOf("山西省"))).isEqualTo(3);
        assertThat(index.higherEndingAt(text.indexOf("山西省") + 3)).isEqualTo(3);
    }
}
