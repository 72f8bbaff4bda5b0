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
        return parse(text, 0, text.length());
    }

    /** Parses the time between {@code from} and {@code to} in {@code t}, white space around it allowed. */
    static long parse(String t, int from, int to) {
        // By hand rather than by pattern, and in place: subtitle files hold two times per cue, and many cues.
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        int point = -1;
        int first = -1;
        int second = -1;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == ',') {
                if (point >= 0) {
                    throw notATime(t, from, to, "");
                }
                point = i;
            } else if (c == ':') {
                if (point >= 0 || second >= 0) {
                    throw notATime(t, from, to, "");
                }
                if (first < 0) {
                    first = i;
                } else {
                    second = i;
                }
            }
        }
        int clockEnd = point < 0 ? to : point;
        if (first < 0) {
            throw notATime(t, from, to, "");
        }
        boolean withHours = second >= 0;
        long hours = withHours ? digits(t, from, first, 3, from, to) : 0;
        long minutes = withHours ? digits(t, first + 1, second, 2, from, to) : digits(t, from, first, 2, from, to);
        int secondsFrom = (withHours ? second : first) + 1;
        if (clockEnd - secondsFrom != 2) {
            throw notATime(t, from, to, "");
        }
        long seconds = digits(t, secondsFrom, clockEnd, 2, from, to);
        long millis = 0;
        if (point >= 0) {
            int fractionDigits = to - point - 1;
            millis = digits(t, point + 1, to, 3, from, to);
            for (int i = fractionDigits; i < 3; i++) {
                millis *= 10;
            }
        }
        // Without hours, minutes may run past 59 ("75:30"), as some tools write long sessions.
        if (seconds > 59 || withHours && minutes > 59) {
            throw notATime(t, from, to, " (minutes and seconds go up to 59)");
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** The number written by 1 to {@code maxDigits} ASCII digits from {@code start} to {@code end}. */
    private static long digits(String t, int start, int end, int maxDigits, int from, int to) {
        if (end <= start || end - start > maxDigits) {
            throw notATime(t, from, to, "");
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw notATime(t, from, to, "");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static IllegalArgumentException notATime(String t, int from, int to, String why) {
        return new IllegalArgumentException("not a time: '" + t.substring(from, to) + "'" + why);
    }
}
