package org.attune.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void readsWhatInstantWritesAsInstantReadsIt() {
        Random random = new Random(20261126);
        long lowest = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long highest = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = lowest + (long) (random.nextDouble() * (highest - lowest));
            // Whole seconds, milliseconds, microseconds and nanoseconds: Instant writes 0, 3, 6 or 9 digits.
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant time = Instant.ofEpochSecond(second, nanos);
            assertThat(Timestamps.parse(time.toString())).as(time.toString()).isEqualTo(time);
        }
    }

    @Test
    void leavesOtherFormsToInstant() {
        assertThat(Timestamps.parse("2026-11-26T01:02:03.5Z")).isEqualTo(Instant.parse("2026-11-26T01:02:03.5Z"));
        assertThat(Timestamps.parse("+10000-01-01T00:00:00Z")).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThat(Timestamps.parse("2026-11-26T01:02:03+01:00")).isEqualTo(Instant.parse("2026-11-26T01:02:03+01:00"));
        // Instant's own readings of the edge cases, lenient or not, stay what they are.
        for (String edge : new String[] {"2026-11-26T24:00:00Z", "2026-11-26T23:59:60Z", "2026-11-26T01:02:03.Z"}) {
            assertThat(Timestamps.parse(edge)).as(edge).isEqualTo(Instant.parse(edge));
        }
        for (String bad : new String[] {"2026-02-30T00:00:00Z", "2026-11-26T01:02:60Z", "2026-1x-26T01:02:03Z", "yesterday"}) {
            assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
