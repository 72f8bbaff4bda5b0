package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import org.attune.workbench.QdpxImportReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune import-project FILE.qdpx --out PROJECT}: a new project from another QDA tool's export. */
@Command(name = "import-project", description = {"Make a new project of a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, "
        + "MAXQDA, QualCoder or Attune: the codebook, each text source as a transcript (turns found from speaker labels), and "
        + "each user's codings on the turns they cover.",
        "What could not be kept is listed. A file that cannot be read leaves nothing behind."})
final class ImportProjectCommand extends Verb {

    @Parameters(paramLabel = "FILE.qdpx", description = "The REFI-QDA project.")
    Path file;

    @Option(names = "--out", paramLabel = "PROJECT", required = true, description = "The project to make (a new file).")
    String out;

    @Option(names = "--therapist", paramLabel = "NAME", split = ",", description = "Speakers who are the therapist.")
    List<String> therapists = List.of();

    @Option(names = "--client", paramLabel = "NAME", split = ",", description = "Speakers who are the client.")
    List<String> clients = List.of();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        QdpxImportReport report = Workbench.importProject(file, Workbench.projectPath(out), therapists, clients);
        if (json) {
            printJson(report);
            return 0;
        }
        out().println("Made " + report.project() + " from " + file.getFileName() + ": " + report.transcripts() + " transcripts, "
                + report.codings() + " codings" + (report.coders().isEmpty() ? "" : " by " + String.join(", ", report.coders()))
                + ", " + report.codes() + " codes.");
        if (!report.discarded().isEmpty()) {
            out().println("Not kept or read with a guess (--json lists every line):");
            alike(report.discarded()).forEach(d -> out().println("  " + d));
        }
        return 0;
    }

    /** Lines that differ only in what they quote are shown three at a time, then counted, so a deep tree does not flood the terminal. */
    static List<String> alike(List<String> lines) {
        java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        for (String line : lines) {
            byKind.computeIfAbsent(line.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "#"), k -> new java.util.ArrayList<>())
                    .add(line);
        }
        List<String> shown = new java.util.ArrayList<>();
        for (List<String> kind : byKind.values()) {
            shown.addAll(kind.subList(0, Math.min(3, kind.size())));
            if (kind.size() > 3) {
                shown.add("... and " + (kind.size() - 3) + " more like these");
            }
        }
        return shown;
    }
}
