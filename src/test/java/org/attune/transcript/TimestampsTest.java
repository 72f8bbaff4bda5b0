package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource({
            "1:23, 83000",
            "01:23, 83000",
            "00:01:23, 83000",
            "1:02:03, 3723000",
            "00:01:23.450, 83450",
            "'00:01:23,450', 83450",
            "00:01:23.4, 83400",
            "00:01:23.45, 83450",
            "75:30, 4530000",
            "100:00:00, 360000000",
            "1:2:03, 3723000"
    })
    void readsTheUsualForms(String text, long ms) {
        assertThat(Timestamps.parse(text)).isEqualTo(ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12", "1:2", "00:60", "01:61:00", "a:bc", "00:01:23.4567", "-1:00", "00:01:2", "00:01:234",
            "00:01:23.", "00:01:23.x", "1:00:00:00", "100:00", "1000:00:00", ":00", "00:01:23,5,5"})
    void refusesWhatIsNotATime(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
