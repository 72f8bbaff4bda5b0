package org.attune.transcript;

/** The timing line of a WebVTT or SRT cue: {@code 00:01:02.340 --> 00:01:07.910}, settings allowed after it. */
record CueTiming(long startMs, long endMs) {

    static boolean looksLikeTiming(String line) {
        return line.contains("-->");
    }

    /**
     * Parses the timing line between {@code from} and {@code to} in {@code text}.
     *
     * @param example a well-formed timing line of the file's format, for the message
     */
    static CueTiming parse(String fileName, int lineNumber, String text, int from, int to, String example) {
        // In place, without substrings: a subtitle file has a timing line for every few seconds of speech.
        int arrow = text.indexOf("-->", from);
        if (arrow + 3 > to) {
            arrow = -1;
        }
        int endFrom = arrow + 3;
        while (arrow >= 0 && endFrom < to && Character.isWhitespace(text.charAt(endFrom))) {
            endFrom++;
        }
        int endTo = endFrom;
        while (arrow >= 0 && endTo < to && !Character.isWhitespace(text.charAt(endTo))) {
            endTo++; // settings such as "align:start" may follow the end time
        }
        long start;
        long end;
        try {
            if (arrow < 0) {
                throw new IllegalArgumentException("no arrow");
            }
            start = Timestamps.parse(text, from, arrow);
            end = Timestamps.parse(text, endFrom, endTo);
        } catch (IllegalArgumentException e) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "expected a cue timing such as " + example + ", found '" + abbreviate(text.substring(from, to)) + "'"
                            + (arrow < 0 ? "" : ": " + e.getMessage()));
        }
        if (end < start) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "the cue ends (" + text.substring(endFrom, endTo) + ") before it starts ("
                            + text.substring(from, arrow).strip() + ")");
        }
        return new CueTiming(start, end);
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
