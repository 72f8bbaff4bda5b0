package org.attune.transcript;

/** The timing line of a WebVTT or SRT cue: {@code 00:01:02.340 --> 00:01:07.910}, settings allowed after it. */
record CueTiming(long startMs, long endMs) {

    static boolean looksLikeTiming(String line) {
        return line.contains("-->");
    }

    /**
     * Parses a timing line.
     *
     * @param example a well-formed timing line of the file's format, for the message
     */
    static CueTiming parse(String fileName, int lineNumber, String line, String example) {
        // By hand rather than by pattern: a subtitle file has a timing line for every few seconds of speech.
        int arrow = line.indexOf("-->");
        String startText = arrow < 0 ? "" : line.substring(0, arrow).strip();
        String rest = arrow < 0 ? "" : line.substring(arrow + 3).stripLeading();
        int settings = 0;
        while (settings < rest.length() && !Character.isWhitespace(rest.charAt(settings))) {
            settings++;
        }
        String endText = rest.substring(0, settings);
        long start;
        long end;
        try {
            start = Timestamps.parse(startText);
            end = Timestamps.parse(endText);
        } catch (IllegalArgumentException e) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "expected a cue timing such as " + example + ", found '" + abbreviate(line) + "'"
                            + (arrow < 0 ? "" : ": " + e.getMessage()));
        }
        if (end < start) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineNumber),
                    "the cue ends (" + endText + ") before it starts (" + startText + ")");
        }
        return new CueTiming(start, end);
    }

    static String abbreviate(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57) + "...";
    }
}
