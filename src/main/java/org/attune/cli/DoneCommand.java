package org.attune.cli;

import java.util.List;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune done PROJECT --coder NAME TRANSCRIPT...}: a coder has finished these transcripts. */
@Command(name = "done",
        description = {"Mark transcripts as finished by a coder (or, with --undo, not yet). "
                + "'attune agreement --done' counts only the transcripts every compared coder has marked."})
final class DoneCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1..*", paramLabel = "TRANSCRIPT", description = "The transcripts.")
    List<String> transcripts;

    @Option(names = "--coder", paramLabel = "NAME", required = true, description = "The coder.")
    String coder;

    @Option(names = "--undo", description = "Take the marks back.")
    boolean undo;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            int changed = workbench.markDone(coder, transcripts == null ? List.of() : transcripts, !undo);
            out().println((undo ? "Took back " : "Marked ") + changed + " of " + (transcripts == null ? 0 : transcripts.size())
                    + " transcripts" + (undo ? "' marks" : " done") + " for " + coder.strip() + "; "
                    + workbench.transcriptsDone(coder.strip()).size() + " marked done in all.");
        }
        return 0;
    }
}
