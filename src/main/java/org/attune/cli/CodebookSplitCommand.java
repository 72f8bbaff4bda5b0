package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook split PROJECT CODE NEW_ID [--name NAME]}. */
@Command(name = "split", description = {"Split a code: add a copy of it under a new id, right after it.",
        "Its codings stay with the original; recode those that belong to the new code."})
final class CodebookSplitCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code to split (id or name).")
    String code;

    @Parameters(index = "2", paramLabel = "NEW_ID", description = "The new code's id.")
    String newId;

    @Option(names = "--name", paramLabel = "NAME", description = "The new code's name (default: the old name with '(split)').")
    String name;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.splitCode(code, newId, name));
        }
        return 0;
    }
}
