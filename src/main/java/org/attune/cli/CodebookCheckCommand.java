package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import org.attune.workbench.FileProblem;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook check FILE}: every problem of a codebook file, with its line and column. */
@Command(name = "check", description = "Check a codebook file (.yaml, .qdc, .xlsx, .csv) and list every problem with its line and column.")
final class CodebookCheckCommand extends Verb {

    @Parameters(paramLabel = "FILE", description = "The codebook file.")
    Path file;

    @Override
    public Integer call() {
        List<FileProblem> problems = Workbench.checkCodebook(file);
        if (problems.isEmpty()) {
            out().println(file.getFileName() + ": no problems.");
            return 0;
        }
        for (FileProblem problem : problems) {
            out().println(file.getFileName() + (problem.where().isEmpty() ? "" : ", " + problem.where()) + ": "
                    + problem.message());
        }
        err().println("attune: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + file.getFileName());
        return Main.USER_ERROR;
    }
}
