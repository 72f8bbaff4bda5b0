package org.attune.exchange;

import org.attune.model.AttuneException;

/** A REFI-QDA project file that cannot be read; the message names the file and the entry or line. */
public final class QdpxFormatException extends AttuneException {

    public QdpxFormatException(String file, String problem) {
        super(file + ": " + problem);
    }

    public QdpxFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
