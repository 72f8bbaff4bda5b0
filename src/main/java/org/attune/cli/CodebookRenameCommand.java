package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook rename PROJECT CODE NAME}. */
@Command(name = "rename", description = "Rename a code. Its id stays, and so do its codings.")
final class CodebookRenameCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code's id (or its name).")
    String code;

    @Parameters(index = "2", paramLabel = "NAME", description = "The new name.")
    String name;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.renameCode(code, name));
        }
        return 0;
    }
}
