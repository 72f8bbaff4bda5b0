package org.attune.codebook;

import java.util.List;
import org.attune.model.AttuneException;

/**
 * A codebook file that cannot be used, with every problem found in it, so that a lab fixes its
 * file in one pass rather than one error at a time.
 */
public class CodebookFormatException extends AttuneException {

    private final String file;
    private final List<CodebookProblem> problems;

    public CodebookFormatException(String file, List<CodebookProblem> problems) {
        super(summary(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public CodebookFormatException(String file, CodebookProblem problem, Throwable cause) {
        super(summary(file, List.of(problem)), cause);
        this.file = file;
        this.problems = List.of(problem);
    }

    public String file() {
        return file;
    }

    public List<CodebookProblem> problems() {
        return problems;
    }

    private static String summary(String file, List<CodebookProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs a problem");
        }
        String first = file + ", " + problems.getFirst();
        if (problems.getFirst().where().isEmpty()) {
            first = file + ": " + problems.getFirst().message();
        }
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() == 2 ? "" : "s") + ": run 'attune codebook check " + file + "' to see them all)";
    }
}
