package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attune.workbench.ImportOptions;
import org.attune.workbench.ImportReport;
import org.attune.workbench.InputException;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune import PROJECT FILE...}: imports transcripts, all or none. */
@Command(name = "import",
        description = {"Import session transcripts (txt, docx, vtt, srt, csv/tsv) into a project.",
                "All files are imported, or, if any cannot be read, none. Content already in the project is skipped."})
final class ImportCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Transcript files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = ImportOptions.DETECT,
            description = "auto (by content and extension), txt, docx, vtt, srt or csv. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--therapist", paramLabel = "NAMES",
            description = "Speaker names that are the therapist, comma-separated.")
    List<String> therapists = new ArrayList<>();

    @Option(names = "--client", paramLabel = "NAMES",
            description = "Speaker names that are the client, comma-separated.")
    List<String> clients = new ArrayList<>();

    @Option(names = "--dyad", paramLabel = "ID", description = "Dyad or client id (default: from the file name, as in d01-s03.txt).")
    String dyad;

    @Option(names = "--session", paramLabel = "N", description = "Session number, from 1 (default: from the file name).")
    String session;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Session date (default: from the file name).")
    String date;

    @Option(names = "--name", paramLabel = "NAME", description = "Transcript name, for one file (default: the file name without extension).")
    String name;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /** The JSON form of the report. */
    record ReportJson(List<FileJson> files, List<String> warnings, long imported, long skipped) {
    }

    /** The JSON form of one file's outcome. */
    record FileJson(String file, String format, String transcript, String status, int turns, Set<String> therapist,
                    Set<String> client, Set<String> other) {
    }

    @Override
    public Integer call() {
        ImportOptions options;
        try {
            options = ImportOptions.of(format, therapists, clients, dyad, session, date, name, files.size());
        } catch (InputException e) {
            throw usage(Flags.of(e.input()) + ": " + e.problem());
        }
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            ImportReport report = workbench.importFiles(files, options, TerminalProgress.on(err()));
            if (json) {
                printJson(toJson(report));
            } else {
                print(report);
            }
        }
        return 0;
    }

    private void print(ImportReport report) {
        for (ImportReport.FileOutcome f : report.files()) {
            if (f.status() == ImportReport.Status.IMPORTED) {
                out().println("Imported " + f.transcript() + " (" + f.turns() + " turns, " + f.format() + ")"
                        + roles(f));
            } else {
                out().println("Skipped " + f.file() + ": same content as transcript " + f.transcript());
            }
        }
        for (String warning : report.warnings()) {
            err().println("warning: " + warning);
        }
        if (report.files().stream().anyMatch(f -> !f.others().isEmpty())) {
            err().println("hint: give speakers their roles with --therapist NAMES or --client NAMES");
        }
        out().println(report.imported() + (report.imported() == 1 ? " transcript" : " transcripts") + " imported"
                + (report.skipped() > 0 ? ", " + report.skipped() + " skipped" : "") + ".");
    }

    private static String roles(ImportReport.FileOutcome f) {
        StringBuilder out = new StringBuilder();
        if (!f.therapists().isEmpty()) {
            out.append("; therapist: ").append(String.join(", ", f.therapists()));
        }
        if (!f.clients().isEmpty()) {
            out.append("; client: ").append(String.join(", ", f.clients()));
        }
        if (!f.others().isEmpty()) {
            out.append("; other: ").append(String.join(", ", f.others()));
        }
        return out.toString();
    }

    static ReportJson toJson(ImportReport report) {
        return new ReportJson(report.files().stream().map(f -> new FileJson(f.file(), f.format(), f.transcript(),
                        f.status().name().toLowerCase(java.util.Locale.ROOT), f.turns(), f.therapists(), f.clients(), f.others()))
                .toList(), report.warnings(), report.imported(), report.skipped());
    }
}
