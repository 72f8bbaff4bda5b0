package org.attune.exchange;

import org.attune.model.AttuneException;

/** A codings table that cannot be read: "codings.csv, line 12, column 'turn': expected a number, found 'x'". */
public class CodingsTableFormatException extends AttuneException {

    public CodingsTableFormatException(String message) {
        super(message);
    }

    public CodingsTableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
