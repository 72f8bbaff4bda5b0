package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook use PROJECT FILE}: attaches or replaces the codebook. */
@Command(name = "use", description = {"Attach a codebook (.yaml, .qdc, .xlsx, .csv) to a project, or replace its codebook.",
        "Codings whose code ids survive are kept; codings that would be orphaned stop the change, unless --force."})
final class CodebookUseCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The codebook file.")
    Path file;

    @Option(names = "--force", description = "Delete the codings the new codebook would orphan or break.")
    boolean force;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.useCodebook(file, force));
        }
        return 0;
    }
}
