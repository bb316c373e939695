package org.gazettekg.resolve;

import java.io.StringReader;

import org.gazettekg.parse.Gazetteer;

/**
 * A few divisions of other provinces beside Shanxi's, in the layout of the gazetteer files, so that the
 * resolver's tests run the same before and after the nationwide gazetteer replaces the Shanxi one.
 */
final class TestGazetteer {

    private static final String DIVISIONS = """
            code\tname\tlevel\tparent_code
            14\t山西省\tprovince\t
            1401\t太原市\tcity\t14
            1403\t阳泉市\tcity\t14
            1404\t长治市\tcity\t14
            140428\t长子县\tcounty\t1404
            1410\t临汾市\tcity\t14
            1411\t吕梁市\tcity\t14
            141122\t交城县\tcounty\t1411
            141129\t中阳县\tcounty\t1411
            141130\t交口县\tcounty\t1411
            32\t江苏省\tprovince\t
            3201\t南京市\tcity\t32
            320102\t玄武区\tcounty\t3201
            3205\t苏州市\tcity\t32
            33\t浙江省\tprovince\t
            3301\t杭州市\tcity\t33
            330182\t建德市\tcounty\t3301
            35\t福建省\tprovince\t
            3509\t宁德市\tcity\t35
            37\t山东省\tprovince\t
            3705\t东营市\tcity\t37
            43\t湖南省\tprovince\t
            4301\t长沙市\tcity\t43
            4303\t湘潭市\tcity\t43
            44\t广东省\tprovince\t
            4419\t东莞市\tcity\t44
            11\t北京市\tprovince\t
            1101\t北京市\tcity\t11
            110105\t朝阳区\tcounty\t1101
            21\t辽宁省\tprovince\t
            2113\t朝阳市\tcity\t21
            50\t重庆市\tprovince\t
            5001\t市辖区\tcity\t50
            500112\t渝北区\tcounty\t5001
            53\t云南省\tprovince\t
            5323\t楚雄彝族自治州\tcity\t53
            532323\t牟定县\tcounty\t5323
            61\t陕西省\tprovince\t
            6101\t西安市\tcity\t61
            610118\t鄠邑区\tcounty\t6101
            64\t宁夏回族自治区\tprovince\t
            6401\t银川市\tcity\t64
            """;
    private static final String FORMER_NAMES = "former_name\tcode_of_current_unit\tyear\tsource\n";

    private TestGazetteer() {
    }

    static Gazetteer gazetteer() {
        return Gazetteer.read(new StringReader(DIVISIONS), new StringReader(FORMER_NAMES));
    }

    static ReferenceData data() {
        return ReferenceData.standard().withGazetteer(gazetteer());
    }
}
