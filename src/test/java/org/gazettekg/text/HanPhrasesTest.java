package org.gazettekg.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HanPhrasesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "有机旱作|\"有机旱作\"",
            "长治 晋城|\"长治\" \"晋城\"",
            "蓝天保卫战 AND 长治|\"蓝天保卫战\" AND \"长治\"",
            "+有机旱作 -长治|+\"有机旱作\" -\"长治\"",
            "\"已经 引号\"|\"已经 引号\"",
            "有机*|有机*",
            "title:长治|title:长治",
            "市|市",
            "PM2.5|PM2.5",
            "2020年行动计划|\"2020年行动计划\"",
            "(有机旱作 OR 晋城)|(\"有机旱作\" OR \"晋城\")",
            "(长治)^2|(长治)^2",
    })
    void bareHanWords_becomePhrasesAndQuerySyntaxIsKept(String query, String expected) {
        assertThat(HanPhrases.quote(query)).isEqualTo(expected);
    }
}
