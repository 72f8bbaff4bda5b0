package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.CodingsImportReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune codings import PROJECT FILE}. */
@Command(name = "import", description = {"Import codings from a table (.csv or .xlsx) with the header coder,transcript,turn,code",
        "and optionally value,start,end,end_turn,memo (start/end: code-point offsets in the turn; none: the whole turn).",
        "All rows are imported, or, if any is wrong, none; coders are created on first use."})
final class CodingsImportCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The codings table.")
    Path file;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            CodingsImportReport report = workbench.importCodings(file);
            out().println("Imported " + report.rows() + (report.rows() == 1 ? " row" : " rows") + " by "
                    + String.join(", ", report.coders()) + ": " + report.added() + " new, " + report.updated() + " updated, "
                    + report.unchanged() + " already there" + (report.replaced() > 0 ? "; " + report.replaced()
                    + " codings of exclusive groups replaced" : "") + ".");
        }
        return 0;
    }
}
