package org.attune.cli;

import java.util.Locale;

/** Milliseconds as a clock time for terminals: {@code 01:02:03}. */
final class ClockTime {

    private ClockTime() {
    }

    static String format(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
