package org.attune.io;

import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.EOFException;
import java.io.IOException;

/**
 * What a parser's exception means to a user, in a few words: the libraries that read Office
 * files, ZIP archives and CSV say "damaged file" in many ways, none of them meant for users.
 */
public final class FailureReason {

    private FailureReason() {
    }

    /** The reason for a failure to read a file, from its root cause; never the name of an exception class. */
    public static String of(Throwable failure) {
        if (failure instanceof CsvMultilineLimitBrokenException) {
            return "a quoted cell runs over many lines; is a closing quote (\") missing?";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof EOFException) {
            return "it ends too soon; was the file cut short?";
        }
        if (root instanceof IOException && root.getMessage() != null && root.getMessage().startsWith("it ")) {
            return root.getMessage(); // already said for users, as InflationLimit does
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "it is damaged" : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
