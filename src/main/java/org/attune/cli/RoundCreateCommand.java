package org.attune.cli;

import java.util.ArrayList;
import java.util.List;
import org.attune.model.Round;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune round create PROJECT NAME --coders A,B --transcripts ...}. */
@Command(name = "create", description = "Make a coding round: its coders, its transcripts, blind (the default) or --open.")
final class RoundCreateCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "NAME", description = "The round's name.")
    String name;

    @Option(names = "--coders", paramLabel = "A,B", split = ",", required = true, description = "The round's coders.")
    List<String> coders;

    @Option(names = "--transcripts", paramLabel = "NAME,...", split = ",", description = "Its transcripts.")
    List<String> transcripts = new ArrayList<>();

    @Option(names = "--dyads", paramLabel = "DYAD,...", split = ",", description = "And all the transcripts of these dyads.")
    List<String> dyads = new ArrayList<>();

    @Option(names = "--open", description = "Coders may see each other's codings (rounds are blind unless this is given).")
    boolean open;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            Round round = workbench.createRound(name, coders, transcripts, dyads, !open);
            out().println("Round " + round.name() + " (" + (round.blind() ? "blind" : "open") + "): "
                    + String.join(", ", round.coders()) + " on " + round.transcripts().size() + " transcripts.");
        }
        return 0;
    }
}
