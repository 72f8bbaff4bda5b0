package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codings export PROJECT --out FILE [--coder C]}. */
@Command(name = "export", description = "Export codings as a table (.csv or .xlsx): the import's columns plus the coded text.")
final class CodingsExportCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: .csv or .xlsx.")
    Path out;

    @Option(names = "--coder", paramLabel = "NAME", description = "One coder's codings only.")
    String coder;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            int rows = viewer.of(workbench, coder).exportCodings(out, coder);
            out().println("Wrote " + rows + (rows == 1 ? " coding" : " codings") + " to " + out + ".");
        }
        return 0;
    }
}
