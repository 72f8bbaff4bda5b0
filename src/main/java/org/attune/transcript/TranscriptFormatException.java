package org.attune.transcript;

import org.attune.model.AttuneException;

/**
 * A transcript file that cannot be read, with where and why: "session.vtt, line 17: expected a
 * cue timing like 00:01:02.000 --> 00:01:05.000, found '00:01:02 -> 00:01:05'".
 */
public class TranscriptFormatException extends AttuneException {

    private final String file;
    private final String location;
    private final String problem;

    public TranscriptFormatException(String file, String location, String problem) {
        this(file, location, problem, null);
    }

    public TranscriptFormatException(String file, String location, String problem, Throwable cause) {
        super(file + (location == null ? "" : ", " + location) + ": " + problem, cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    /** The name of the file that could not be read. */
    public String file() {
        return file;
    }

    /** Where in the file the problem is ("line 17", "table 1, row 3"), or null for the file as a whole. */
    public String location() {
        return location;
    }

    /** What is wrong, and what was expected. */
    public String problem() {
        return problem;
    }

    static String line(int line) {
        return "line " + line;
    }
}
