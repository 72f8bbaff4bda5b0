package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook add PROJECT GROUP NAME}. */
@Command(name = "add", description = "Add a flag code at the end of a group.")
final class CodebookAddCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "GROUP", description = "The group's id (or its name).")
    String group;

    @Parameters(index = "2", paramLabel = "NAME", description = "The new code's name.")
    String name;

    @Option(names = "--id", paramLabel = "ID", description = "Its id (default: made from the name).")
    String id;

    @Option(names = "--color", paramLabel = "#RRGGBB", description = "Its color.")
    String color;

    @Option(names = "--key", paramLabel = "KEY", description = "Its key in the window.")
    String key;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.addCode(group, id, name, color, key));
        }
        return 0;
    }
}
