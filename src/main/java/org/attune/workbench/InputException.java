package org.attune.workbench;

import org.attune.model.AttuneException;

/**
 * Something a user gave that cannot be, as a value: which {@link Input}, and the problem in words
 * that name no field or flag (its message), so that each face can say where it is: the window a
 * field of its dialog, the command line a flag.
 */
public final class InputException extends AttuneException {

    private final Input input;

    InputException(Input input, String problem) {
        super(problem);
        this.input = input;
    }

    /** What the user gave that cannot be. */
    public Input input() {
        return input;
    }

    /** What is wrong with it, naming no field or flag: "session numbers start at 1, found 0". */
    public String problem() {
        return getMessage();
    }
}
