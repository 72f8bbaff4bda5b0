package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook move PROJECT CODE GROUP}. */
@Command(name = "move", description = "Move a code to the end of another group. Its codings stay, unless they would break the "
        + "group's rules (role, exclusive): then the move is refused, or with --force those codings are deleted.")
final class CodebookMoveCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code's id (or its name).")
    String code;

    @Parameters(index = "2", paramLabel = "GROUP", description = "The group's id (or its name).")
    String group;

    @Option(names = "--force", description = "Delete codings that would break the group's rules.")
    boolean force;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.moveCode(code, group, force));
        }
        return 0;
    }
}
