package org.attune.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The timing line of a WebVTT or SRT cue: {@code 00:01:02.340 --> 00:01:07.910}, settings allowed after it. */
record CueTiming(long startMs, long endMs) {

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + Timestamps.TIME + ")\\s*-->\\s*(" + Timestamps.TIME + ")(?:\\s.*)?$");

    static boolean looksLikeTiming(String line) {
        return line.contains("-->");
    }

    /**
     * Parses a timing line.
     *
     * @param example a well-formed timing line of the file's format, for the message
     */
    static CueTiming parse(String fileName, int lineNumber, String line, String example) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches()) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "expected a cue timing such as " + example + ", found '" + abbreviate(line) + "'");
        }
        long start;
        long end;
        try {
            start = Timestamps.parse(m.group(1));
            end = Timestamps.parse(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "expected a cue timing such as " + example + ": " + e.getMessage());
        }
        if (end < start) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "the cue ends (" + m.group(2) + ") before it starts (" + m.group(1) + ")");
        }
        return new CueTiming(start, end);
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
