package org.attune.cli;

import java.nio.file.Path;
import java.util.List;
import org.attune.workbench.MergeReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune merge PROJECT FILE.attune...}: coders' work back from their packs. */
@Command(name = "merge", description = {"Bring coders' work back from their packs: transcripts matched by content, codes by id, "
        + "each pack's coder's codings added or updated (the later change wins), nothing duplicated, nothing deleted.",
        "Every file is checked first, each coding by the rules of a key press, and a pack must be its coder's; "
        + "if any cannot be taken, or two disagree, nothing changes. Every coding not taken is listed with its reason."})
final class MergeCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1..*", paramLabel = "FILE", description = "The packs (.attune, or .qdpx back from another QDA tool),"
            + " or other Attune projects.")
    List<Path> files;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            MergeReport report = workbench.merge(files == null ? List.of() : files);
            out().println("Merged " + String.join(", ", report.files()) + " (" + String.join(", ", report.coders()) + "): "
                    + report.added() + " codings added, " + report.updated() + " updated, " + report.unchanged()
                    + " already there; " + report.kept() + " of the project's codings of these coders are not in the files and "
                    + "were kept." + (report.reconciled() == 0 ? "" : " " + report.reconciled() + " codings of codes merged since "
                    + "into others came in on those."));
            for (org.attune.model.Coding c : report.replaced()) {
                out().println("Replaced " + c.coder() + "'s " + c.codeId() + " in " + c.transcript() + " turn " + c.span().startTurn()
                        + " (changed " + c.updated() + "): a later code of the same exclusive group came in.");
            }
            if (!report.notTaken().isEmpty()) {
                out().println(report.notTaken().size() + (report.notTaken().size() == 1 ? " coding was" : " codings were")
                        + " not taken:");
                ImportProjectCommand.alike(report.notTaken()).forEach(line -> out().println("  " + line));
            }
        }
        return 0;
    }
}
