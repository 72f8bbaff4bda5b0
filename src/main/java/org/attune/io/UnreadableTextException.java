package org.attune.io;

/**
 * Bytes that are not text Attune can read (binary data, a byte order mark that lies). Carries the
 * problem without a file name, for each reader to report in its own terms.
 */
public final class UnreadableTextException extends RuntimeException {

    private final int line;

    UnreadableTextException(String problem, int line) {
        super(problem);
        this.line = line;
    }

    /** The line of the problem, from 1, or 0 when it concerns the file as a whole. */
    public int line() {
        return line;
    }
}
