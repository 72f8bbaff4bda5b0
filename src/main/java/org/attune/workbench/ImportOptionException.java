package org.attune.workbench;

import java.util.Locale;
import org.attune.model.AttuneException;

/**
 * An import option that cannot be, as a value: which option, and the problem in words that name
 * no field or flag, so that each face can say where it is (the window a field of its dialog, the
 * command line a flag).
 */
public final class ImportOptionException extends AttuneException {

    private final ImportOptions.Option option;
    private final String problem;

    ImportOptionException(ImportOptions.Option option, String problem) {
        super(option.name().toLowerCase(Locale.ROOT) + ": " + problem);
        this.option = option;
        this.problem = problem;
    }

    /** Which option cannot be. */
    public ImportOptions.Option option() {
        return option;
    }

    /** What is wrong with it, naming no field or flag: "session numbers start at 1, found 0". */
    public String problem() {
        return problem;
    }
}
