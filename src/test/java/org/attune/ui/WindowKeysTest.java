package org.attune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How F1 writes a group's keys: every key readable, in reading order, runs as ranges. */
class WindowKeysTest {

    @Test
    void aGroupsKeysAreListedInReadingOrderWithRunsAsRanges() {
        List<String> keys = new ArrayList<>();
        for (char c = 'z'; c >= 'a'; c--) {
            keys.add(String.valueOf(c));
        }
        keys.addAll(List.of("E", "C", "S", "D"));
        assertThat(WindowKeys.keyRange(keys)).isEqualTo("a–z, C–E, S");
        assertThat(WindowKeys.keyRange(List.of("9", "8", "7", "6", "5", "4", "3", "2", "1", "0"))).isEqualTo("0–9");
        assertThat(WindowKeys.keyRange(List.of("q", "s", "m", "Ctrl+K"))).isEqualTo("m, q, s, Ctrl+K");
    }
}
