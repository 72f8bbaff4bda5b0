package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attune.analysis.CooccurrenceTable;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune cooccur PROJECT}: how often codes fall on the same turns. */
@Command(name = "cooccur",
        description = {"Count, for every pair of codes, the turns that carry both (or, with --window N, that carry the first "
                + "and have the second within N turns either side, in the same transcript).",
                "The terminal shows the pairs, most frequent first; --out and --json give the whole matrix."})
final class CooccurCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "This coder's codes (default: the consensus coder's, else those of the coder who coded most).")
    String coder;

    @Option(names = "--all-coders", description = "Every coder's codes pooled, each turn counted once per coder (not the default).")
    boolean allCoders;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--window", paramLabel = "N", defaultValue = "0",
            description = "Turns either side that count as together. Default: ${DEFAULT-VALUE}, the same turn.")
    int window;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "Pairs to show. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--json", description = "Print JSON: the codes and the matrix, row by row.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the matrix to a .csv or .xlsx file.")
    Path out;

    record CooccurrenceJson(String coder, int window, long turns, List<String> codes, List<List<Long>> rows) {
    }

    private record Pair(String a, String b, long together, long aTurns, long bTurns) {
    }

    @Override
    public Integer call() {
        if (window < 0) {
            throw usage("--window must be 0 or more, not " + window);
        }
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            AnalysisCoderOption who = AnalysisCoderOption.of(workbench, viewer.as != null && coder == null ? viewer.as : coder,
                    allCoders, this);
            CooccurrenceTable table = viewer.of(workbench, coder).cooccurrence(who.coder(), window, TerminalProgress.on(err()));
            if (out != null) {
                workbench.exportCooccurrence(table, out);
                out().println("Wrote the " + table.codes().size() + " x " + table.codes().size() + " matrix to " + out + ".");
            } else if (json) {
                printJson(new CooccurrenceJson(who.coder(), table.window(), table.turns(), table.codes(), table.rows()));
            } else {
                print(table, who);
            }
        }
        return 0;
    }

    private void print(CooccurrenceTable table, AnalysisCoderOption who) {
        String where = window == 0 ? "on the same turn" : "within " + window + (window == 1 ? " turn" : " turns");
        out().println(String.format(Locale.ROOT, "Codes %s, %s: %,d turns, %d codes.", where,
                who.wording(), table.turns(), table.codes().size()));
        List<Pair> pairs = new ArrayList<>();
        List<String> codes = table.codes();
        for (int i = 0; i < codes.size(); i++) {
            // At window 0 the matrix is symmetric: each pair once.
            for (int j = window == 0 ? i + 1 : 0; j < codes.size(); j++) {
                long together = table.rows().get(i).get(j);
                if (i != j && together > 0) {
                    pairs.add(new Pair(codes.get(i), codes.get(j), together, table.turnsWith(codes.get(i)),
                            table.turnsWith(codes.get(j))));
                }
            }
        }
        if (pairs.isEmpty()) {
            out().println("No two codes fall together.");
            return;
        }
        pairs.sort(Comparator.comparingLong(Pair::together).reversed().thenComparing(Pair::a).thenComparing(Pair::b));
        out().println();
        TextTable text = new TextTable("CODE", window == 0 ? "WITH" : "NEAR", "TURNS", "TURNS WITH FIRST", "TURNS WITH SECOND");
        text.alignRight(2, 3, 4);
        pairs.stream().limit(limit).forEach(p -> text.row(p.a(), p.b(), String.valueOf(p.together()),
                String.valueOf(p.aTurns()), String.valueOf(p.bTurns())));
        text.print(out());
        if (pairs.size() > limit) {
            out().println("... and " + (pairs.size() - limit) + " more pairs (--limit, --out or --json for all).");
        }
    }
}
