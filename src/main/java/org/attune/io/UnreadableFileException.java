package org.attune.io;

/**
 * A file given as input that cannot be read as one (see {@link InputFile}). Carries the problem
 * without the file's name, for each reader to report in its own terms.
 */
public final class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String problem) {
        super(problem);
    }
}
