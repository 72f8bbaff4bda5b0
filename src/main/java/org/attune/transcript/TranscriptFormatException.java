package org.attune.transcript;

import org.attune.model.AttuneException;

/**
 * A transcript file that cannot be read, with where and why: "session.vtt, line 17: expected a
 * cue timing like 00:01:02.000 --> 00:01:05.000, found '00:01:02 -> 00:01:05'".
 */
public class TranscriptFormatException extends AttuneException {

    private final String file;

    public TranscriptFormatException(String file, String location, String problem) {
        super(file + (location == null ? "" : ", " + location) + ": " + problem);
        this.file = file;
    }

    public TranscriptFormatException(String file, String location, String problem, Throwable cause) {
        super(file + (location == null ? "" : ", " + location) + ": " + problem, cause);
        this.file = file;
    }

    /** The name of the file that could not be read. */
    public String file() {
        return file;
    }

    static String line(int line) {
        return "line " + line;
    }
}
