package org.attune.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.workbench.RoundProgress;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune round show PROJECT [NAME]}: rounds and each coder's progress. */
@Command(name = "show", description = "Show the rounds (or one), and each coder's progress on each transcript: "
        + "not started, started (something coded), done (marked with 'attune done').")
final class RoundShowCommand extends Verb {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "One round.")
    String name;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            List<RoundProgress> rounds = workbench.rounds().stream()
                    .filter(r -> name == null || r.round().name().equalsIgnoreCase(name.strip())).toList();
            if (name != null && rounds.isEmpty()) {
                throw new org.attune.model.AttuneException("no round named '" + name.strip() + "'; the rounds are "
                        + String.join(", ", workbench.rounds().stream().map(r -> r.round().name()).toList()));
            }
            if (json) {
                printJson(rounds.stream().map(RoundShowCommand::json).toList());
                return 0;
            }
            if (rounds.isEmpty()) {
                out().println("No rounds yet: 'attune round create PROJECT NAME --coders A,B --transcripts ...'.");
            }
            for (RoundProgress r : rounds) {
                out().println("Round " + r.round().name() + " (" + (r.round().blind() ? "blind" : "open") + "), "
                        + r.round().transcripts().size() + " transcripts:");
                List<String> header = new ArrayList<>(List.of("TRANSCRIPT"));
                header.addAll(r.round().coders());
                TextTable table = new TextTable(header.toArray(String[]::new));
                for (String t : r.round().transcripts()) {
                    List<String> row = new ArrayList<>(List.of(t));
                    r.round().coders().forEach(c -> row.add(r.progress().get(c).get(t).label()));
                    table.row(row.toArray(String[]::new));
                }
                table.print(out());
                out().println();
            }
        }
        return 0;
    }

    private static Map<String, Object> json(RoundProgress r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", r.round().name());
        j.put("blind", r.round().blind());
        j.put("coders", r.round().coders());
        j.put("transcripts", r.round().transcripts());
        Map<String, Object> progress = new LinkedHashMap<>();
        r.progress().forEach((coder, stages) -> {
            Map<String, String> byTranscript = new LinkedHashMap<>();
            stages.forEach((t, s) -> byTranscript.put(t, s.label()));
            progress.put(coder, byTranscript);
        });
        j.put("progress", progress);
        return j;
    }
}
