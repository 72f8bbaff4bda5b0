package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codebook key PROJECT CODE KEY}. */
@Command(name = "key", description = "Give a code another key for coding in the window, or none (\"none\").")
final class CodebookKeyCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code's id (or its name).")
    String code;

    @Parameters(index = "2", paramLabel = "KEY", description = "The key, or none.")
    String key;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.rekeyCode(code, key.equalsIgnoreCase("none") ? null : key));
        }
        return 0;
    }
}
