package org.attune.model;

/**
 * A problem the user can act on: bad input, a project in use, a name already taken. Its message
 * is one line that names the file (and line or cell) and says what was expected; the command
 * line prints it as it is, without a stack trace.
 */
public class AttuneException extends RuntimeException {

    public AttuneException(String message) {
        super(message);
    }

    public AttuneException(String message, Throwable cause) {
        super(message, cause);
    }
}
