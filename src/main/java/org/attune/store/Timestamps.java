package org.attune.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times the project file stores, written by {@link Instant#toString()}. Reading a
 * project's codings reads two per coding, and {@link Instant#parse} made up a tenth of the time
 * of a search index build; this reads that one form directly and leaves any other to it.
 */
final class Timestamps {

    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Timestamps() {
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z}, as Instant writes a time from year 0 to 9999. */
    static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || n == 21 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z'
                || (n > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        int nanos = n > 20 ? fraction * SCALE[n - 21] : 0;
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code [from, to)}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
