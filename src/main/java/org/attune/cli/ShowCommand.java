package org.attune.cli;

import java.util.List;
import org.attune.model.Transcript;
import org.attune.model.Turn;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune show PROJECT TRANSCRIPT}: prints a transcript turn by turn. */
@Command(name = "show", description = "Print a transcript, turn by turn, numbered from 1.")
final class ShowCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", paramLabel = "TRANSCRIPT", description = "The transcript's name (see 'attune transcripts').")
    String transcript;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON form of a transcript. */
    record TranscriptJson(String name, String dyad, Integer session, String date, String sourceFile,
                          List<TurnJson> turns) {

        static TranscriptJson of(Transcript t) {
            return new TranscriptJson(t.name(), t.session().dyad(), t.session().session(),
                    t.session().date() == null ? null : t.session().date().toString(), t.sourceFile(),
                    t.turns().stream().map(TurnJson::of).toList());
        }
    }

    /** The JSON form of a turn. */
    record TurnJson(int turn, String speaker, String role, Long startMs, Long endMs, String text) {

        static TurnJson of(Turn t) {
            return new TurnJson(t.number(), t.speaker(), t.role().label(), t.startMs(), t.endMs(), t.text());
        }
    }

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            Transcript t = workbench.transcript(transcript);
            if (json) {
                printJson(TranscriptJson.of(t));
            } else {
                print(t);
            }
        }
        return 0;
    }

    private void print(Transcript t) {
        StringBuilder heading = new StringBuilder(t.name());
        if (t.session().dyad() != null) {
            heading.append(" · dyad ").append(t.session().dyad());
        }
        if (t.session().session() != null) {
            heading.append(" · session ").append(t.session().session());
        }
        if (t.session().date() != null) {
            heading.append(" · ").append(t.session().date());
        }
        heading.append(" · ").append(t.turns().size()).append(" turns");
        out().println(heading);
        out().println();
        int numberWidth = String.valueOf(t.turns().size()).length();
        boolean timed = t.turns().stream().anyMatch(turn -> turn.startMs() != null);
        for (Turn turn : t.turns()) {
            StringBuilder line = new StringBuilder();
            line.append(String.format("%" + numberWidth + "d  ", turn.number()));
            if (timed) {
                line.append(turn.startMs() == null ? "        " : ClockTime.format(turn.startMs())).append("  ");
            }
            line.append(turn.speaker());
            if (!turn.speaker().equalsIgnoreCase(turn.role().label())) {
                line.append(" (").append(turn.role().label()).append(')');
            }
            line.append(": ");
            String indent = "\n" + " ".repeat(numberWidth + 2 + (timed ? 10 : 0));
            line.append(turn.text().replace("\n", indent));
            out().println(line);
        }
    }
}
