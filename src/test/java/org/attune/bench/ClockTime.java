package org.attune.bench;

import java.util.Locale;

/** Times as transcript files write them: {@code 00:01:23}, {@code 00:01:23.450}, {@code 00:01:23,450}. */
final class ClockTime {

    private ClockTime() {
    }

    static String seconds(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    static String millis(long ms, char decimal) {
        return seconds(ms) + decimal + String.format(Locale.ROOT, "%03d", ms % 1000);
    }
}
