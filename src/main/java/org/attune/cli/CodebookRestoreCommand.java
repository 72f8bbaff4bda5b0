package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook restore PROJECT VERSION}. */
@Command(name = "restore", description = "Make an earlier version of the codebook current again, as a new version "
        + "(see 'attune codebook history'). Refused if codings made since would be orphaned or broken.")
final class CodebookRestoreCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "VERSION", description = "The version number.")
    int version;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.restoreCodebook(version));
        }
        return 0;
    }
}
