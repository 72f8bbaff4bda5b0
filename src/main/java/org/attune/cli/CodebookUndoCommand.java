package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook undo PROJECT}. */
@Command(name = "undo", description = "Undo the latest merge or deletion of a code: the codebook as it was before, as a new "
        + "version, and the codings that change deleted or moved back as they were. Refused, changing nothing, if the "
        + "codebook or those codings were changed since.")
final class CodebookUndoCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.undoCodebookChange());
        }
        return 0;
    }
}
