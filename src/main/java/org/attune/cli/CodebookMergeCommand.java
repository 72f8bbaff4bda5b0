package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook merge PROJECT CODE INTO}. */
@Command(name = "merge", description = "Merge a code into another: its codings move to the other, and it goes.")
final class CodebookMergeCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "CODE", description = "The code that goes (id or name).")
    String code;

    @Parameters(index = "2", paramLabel = "INTO", description = "The code that takes its codings (id or name).")
    String into;

    @Option(names = "--force", description = "Delete moved codings that would break the rules of INTO (role, exclusive group).")
    boolean force;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodebookCommand.print(this, workbench.mergeCodes(code, into, force));
        }
        return 0;
    }
}
