package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook color PROJECT CODE COLOR}. */
@Command(name = "color", description = "Give a code another color (#RRGGBB), or none (\"none\").")
final class CodebookColorCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code's id (or its name).")
    String code;

    @Parameters(index = "2", paramLabel = "COLOR", description = "#RRGGBB, or none.")
    String color;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.recolorCode(code, color.equalsIgnoreCase("none") ? null : color));
        }
        return 0;
    }
}
