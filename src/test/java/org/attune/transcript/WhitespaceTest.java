package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dr Lee|Dr Lee",
            "'  Dr   Lee  '|Dr Lee",
            "'Dr\tLee'|Dr Lee",
            "'a \n b'|a b",
            "' '|''",
            "''|''",
            "'x '|x",
            "' x'|x"
    })
    void collapsesRunsAndStripsEnds(String text, String expected) {
        assertThat(Whitespace.collapse(text)).isEqualTo(expected);
    }
}
