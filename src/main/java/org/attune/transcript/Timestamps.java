package org.attune.transcript;

/**
 * Clock times as transcripts write them: {@code 1:23}, {@code 01:23}, {@code 00:01:23},
 * {@code 00:01:23.450} or {@code 00:01:23,450} (SRT), in milliseconds from the recording's start.
 */
final class Timestamps {

    /** A time with optional hours and an optional fraction of a second, for use inside patterns. */
    static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";

    /** A time in square brackets or parentheses, optionally a range: {@code [00:01:23]}, {@code (01:23 - 01:30)}. */
    static final String BRACKETED = "[\\[(]\\s*(" + TIME + ")(?:\\s*[-\u2013\u2014]\\s*(" + TIME + "))?\\s*[\\])]";

    private Timestamps() {
    }

    /**
     * Parses a time such as {@code 01:02:03.450}: optional hours (1-3 digits), minutes (1-2),
     * seconds (2), and an optional fraction after a point or a comma (1-3 digits).
     *
     * @throws IllegalArgumentException when the text is not a time or its minutes or seconds exceed 59
     */
    static long parse(String text) {
        // By hand rather than by pattern: subtitle files hold two times per cue, and there are many cues.
        String t = text.strip();
        int point = t.indexOf('.');
        if (point < 0) {
            point = t.indexOf(',');
        }
        int clockEnd = point < 0 ? t.length() : point;
        int first = t.indexOf(':');
        int second = first < 0 ? -1 : t.indexOf(':', first + 1);
        if (first < 0 || first >= clockEnd || second >= clockEnd || second >= 0 && t.indexOf(':', second + 1) >= 0) {
            throw notATime(text, "");
        }
        boolean withHours = second >= 0;
        long hours = withHours ? digits(t, 0, first, 3, text) : 0;
        long minutes = withHours ? digits(t, first + 1, second, 2, text) : digits(t, 0, first, 2, text);
        int secondsFrom = (withHours ? second : first) + 1;
        if (clockEnd - secondsFrom != 2) {
            throw notATime(text, "");
        }
        long seconds = digits(t, secondsFrom, clockEnd, 2, text);
        long millis = 0;
        if (point >= 0) {
            int fractionDigits = t.length() - point - 1;
            millis = digits(t, point + 1, t.length(), 3, text);
            for (int i = fractionDigits; i < 3; i++) {
                millis *= 10;
            }
        }
        // Without hours, minutes may run past 59 ("75:30"), as some tools write long sessions.
        if (seconds > 59 || withHours && minutes > 59) {
            throw notATime(text, " (minutes and seconds go up to 59)");
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** The number written by 1 to {@code maxDigits} ASCII digits from {@code from} to {@code to}. */
    private static long digits(String t, int from, int to, int maxDigits, String text) {
        if (to <= from || to - from > maxDigits) {
            throw notATime(text, "");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw notATime(text, "");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static IllegalArgumentException notATime(String text, String why) {
        return new IllegalArgumentException("not a time: '" + text + "'" + why);
    }
}
