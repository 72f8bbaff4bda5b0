package org.attune.cli;

import java.nio.file.Path;
import org.attune.workbench.Leftovers;
import org.attune.workbench.Progress;
import org.attune.workbench.PackReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune pack PROJECT --coder NAME --out FILE.attune}: a project for one coder of a round. */
@Command(name = "pack", description = {"Write a project file for one coder of a round: the round's transcripts, the codebook, "
        + "the coder's own codings, and nobody else's when the round is blind."})
final class PackCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--coder", paramLabel = "NAME", required = true, description = "The coder.")
    String coder;

    @Option(names = "--out", paramLabel = "FILE.attune", required = true, description = "The pack to write (a new file): .attune, or .qdpx for a coder who works in another QDA tool.")
    Path out;

    @Option(names = "--round", paramLabel = "NAME", description = "The round (default: the latest the coder is in).")
    String round;

    @Option(names = "--pseudonymize", paramLabel = "MAP.csv", description = "Names and their replacements (name,replacement);"
            + " the project remembers the list so that merge carries the codings back.")
    Path pseudonyms;

    @Option(names = "--allow-leftovers", description = "Keep the file even if, read back, it still holds a name on the"
            + " --pseudonymize list (they are reported as warnings); without it such a file is not written.")
    boolean allowLeftovers;

    @Override
    public Integer call() {
        Path path = Workbench.projectPath(project);
        try (Workbench workbench = pseudonyms != null ? Workbench.open(path) : openReadOnly(path)) {
            PackReport pack = workbench.pack(round, coder, out, pseudonyms, Leftovers.of(allowLeftovers), Progress.NONE);
            out().println("Packed round " + pack.round() + " for " + pack.coder() + " in " + pack.file() + ": " + pack.transcripts()
                    + " transcripts, " + pack.codings() + " codings" + (pack.blind() ? " (theirs only: the round is blind)." : "."));
            PseudonymPrinter.print(out(), pack.pseudonyms());
            pack.warnings().forEach(w -> err().println("Warning: " + w));
        }
        return 0;
    }
}
