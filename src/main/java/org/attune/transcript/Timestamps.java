package org.attune.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times as transcripts write them: {@code 1:23}, {@code 01:23}, {@code 00:01:23},
 * {@code 00:01:23.450} or {@code 00:01:23,450} (SRT), in milliseconds from the recording's start.
 */
final class Timestamps {

    /** A time with optional hours and an optional fraction of a second, for use inside patterns. */
    static final String TIME = "(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";

    /** A time in square brackets or parentheses, optionally a range: {@code [00:01:23]}, {@code (01:23 - 01:30)}. */
    static final String BRACKETED = "[\\[(]\\s*(" + TIME + ")(?:\\s*[-\u2013\u2014]\\s*(" + TIME + "))?\\s*[\\])]";

    private static final Pattern PARTS = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

    private Timestamps() {
    }

    /**
     * Parses a time such as {@code 01:02:03.450}.
     *
     * @throws IllegalArgumentException when the text is not a time or its minutes or seconds exceed 59
     */
    static long parse(String text) {
        Matcher m = PARTS.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time: '" + text + "'");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        // Without hours, minutes may run past 59 ("75:30"), as some tools write long sessions.
        if (seconds > 59 || m.group(1) != null && minutes > 59) {
            throw new IllegalArgumentException("not a time: '" + text + "' (minutes and seconds go up to 59)");
        }
        long millis = 0;
        if (m.group(4) != null) {
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
