package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.Leftovers;
import org.attune.workbench.Progress;
import org.attune.workbench.QdpxExportReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune export PROJECT --out FILE.qdpx}: the whole project for NVivo, ATLAS.ti, MAXQDA or QualCoder. */
@Command(name = "export", description = {"Write the project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or "
        + "QualCoder: transcripts as text with speaker labels, each coder's codings, the codebook, memos as notes, dyad and "
        + "session as variables.",
        "With --pseudonymize, the names listed are replaced in everything the file holds (speakers, text, memos, the codebook, "
        + "names of transcripts, files, dyads, coders and the project), the codings follow, and the file is read back: a listed "
        + "name still in it stops the export (no file is written) unless --allow-leftovers."})
final class ExportCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--out", paramLabel = "FILE.qdpx", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--pseudonymize", paramLabel = "MAP.csv", description = "Names and their replacements (name,replacement).")
    Path pseudonyms;

    @Option(names = "--allow-leftovers", description = "Keep the file even if, read back, it still holds a name on the"
            + " --pseudonymize list (they are reported as warnings); without it such a file is not written.")
    boolean allowLeftovers;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            QdpxExportReport report = viewer.of(workbench, null).exportProject(out, pseudonyms, Leftovers.of(allowLeftovers),
                    Progress.NONE);
            if (json) {
                printJson(report);
            } else {
                out().println("Wrote " + report.file() + ": " + report.transcripts() + " transcripts, " + report.codings() + " codings"
                        + (report.coders().isEmpty() ? "" : " by " + report.coders().size() + " coders (" + String.join(", ",
                        report.coders()) + ")") + ", " + report.memos() + " memos.");
                PseudonymPrinter.print(out(), report.pseudonyms());
                report.warnings().forEach(w -> err().println("Warning: " + w));
            }
        }
        return 0;
    }
}
