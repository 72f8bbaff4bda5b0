package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook delete PROJECT CODE [--force]}. */
@Command(name = "delete", description = "Delete a code. Refused while codings use it, unless --force, which deletes them too.")
final class CodebookDeleteCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code (id or name).")
    String code;

    @Option(names = "--force", description = "Delete the code's codings as well.")
    boolean force;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.deleteCode(code, force));
        }
        return 0;
    }
}
