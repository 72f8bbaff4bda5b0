package org.attune.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.attune.model.SessionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameSessionInfoTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "d01-s03, d01, 3, null",
            "d01s03, d01, 3, null",
            "client12_session4, client12, 4, null",
            "D02 S1 2025-03-04, D02, 1, 2025-03-04",
            "2025-03-04_dyad7_sess12, dyad7, 12, 2025-03-04",
            "session3, null, 3, null",
            "interview with Jess, null, null, null",
            "Chris5, null, null, null",
            "notes 2025-02-30, null, null, null"
    })
    void readsDyadSessionAndDate(String name, String dyad, Integer session, String date) {
        assertThat(FileNameSessionInfo.parse(name))
                .isEqualTo(new SessionInfo(dyad, session, date == null ? null : LocalDate.parse(date)));
    }
}
