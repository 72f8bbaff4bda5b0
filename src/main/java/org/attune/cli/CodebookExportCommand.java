package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook export PROJECT --out FILE}. */
@Command(name = "export", description = "Write the codebook as .yaml, .qdc (REFI-QDA), .xlsx, or .docx (a printable coding manual).")
final class CodebookExportCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; its extension says the format.")
    Path out;

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            workbench.exportCodebook(out);
            out().println("Wrote " + out + ".");
        }
        return 0;
    }
}
