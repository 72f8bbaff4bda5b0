package org.attune.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attune.analysis.LagTable;
import org.attune.analysis.Transition;
import org.attune.model.Role;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune sequences PROJECT}: which codes follow which, lag-sequential analysis. */
@Command(name = "sequences",
        description = {"Lag-sequential analysis: how often each code on a turn is followed, K turns later in the same "
                + "transcript, by each code, with the transitional probability, the count expected by chance, the adjusted "
                + "residual (z; * marks |z| >= 1.96 where the expected count is 5 or more, e<5 flags a cell whose expected count "
                + "is too small for z to be read) and Yule's Q (Bakeman & Quera, 2011). One coder's codes: never every coder "
                + "pooled unless --all-coders asks for it.",
                "Example: --from-role therapist --to-role client for the client's answers to the therapist's moves."})
final class SequencesCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "This coder's codes (default: the consensus coder's, else those of the coder who coded most).")
    String coder;

    @Option(names = "--all-coders", description = "Every coder's codes pooled, each turn counted once per coder (not the default).")
    boolean allCoders;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--lag", paramLabel = "K", defaultValue = "1", description = "How many turns later. Default: ${DEFAULT-VALUE}.")
    int lag;

    @Option(names = "--from-role", paramLabel = "ROLE", description = "therapist, client or other: the earlier turn's role (default: any).")
    Role from;

    @Option(names = "--to-role", paramLabel = "ROLE", description = "therapist, client or other: the later turn's role (default: any).")
    Role to;

    @Option(names = "--json", description = "Print JSON, every pair of codes included.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Write every pair of codes to a .csv or .xlsx file.")
    Path out;

    record SequencesJson(String coder, int lag, String fromRole, String toRole, long total, List<TransitionJson> transitions) {
    }

    /**
     * A cell; statistics that are undefined for it (a zero variance) are null; {@code lowExpected}
     * when the expected count is under 5, {@code significant} when |z| >= 1.96 and it is not.
     */
    record TransitionJson(String given, String target, long count, Double probability, Double expected,
                          Double adjustedResidual, Double yulesQ, boolean lowExpected, boolean significant) {
        static TransitionJson of(Transition t) {
            return new TransitionJson(t.given(), t.target(), t.count(), orNull(t.probability()), orNull(t.expected()),
                    orNull(t.adjustedResidual()), orNull(t.yulesQ()), t.lowExpected(), t.significant());
        }
    }

    @Override
    public Integer call() {
        if (lag < 1) {
            throw usage("--lag must be 1 or more, not " + lag);
        }
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            AnalysisCoderOption who = AnalysisCoderOption.of(workbench, viewer.as != null && coder == null ? viewer.as : coder,
                    allCoders, this);
            LagTable table = viewer.of(workbench, coder).sequences(who.coder(), lag, from, to, TerminalProgress.on(err()));
            if (out != null) {
                workbench.exportSequences(table, out);
                out().println("Wrote " + table.transitions().size() + " pairs of codes to " + out + ".");
            } else if (json) {
                printJson(new SequencesJson(who.coder(), lag, label(from), label(to), table.total(),
                        table.transitions().stream().map(TransitionJson::of).toList()));
            } else {
                print(table, who);
            }
        }
        return 0;
    }

    private void print(LagTable table, AnalysisCoderOption who) {
        out().println(String.format(Locale.ROOT, "Lag-%d transitions from %s turns to %s turns, %s: %,d.", lag,
                from == null ? "any" : from.label(), to == null ? "any" : to.label(),
                who.wording(), table.total()));
        if (table.total() == 0) {
            return;
        }
        out().println();
        TextTable text = new TextTable("GIVEN", "TARGET", "COUNT", "P(TARGET|GIVEN)", "EXPECTED", "Z", "", "YULE'S Q");
        text.alignRight(2, 3, 4, 5, 7);
        table.transitions().stream().filter(t -> t.count() > 0)
                .sorted(Comparator.comparing(Transition::given).thenComparing(t -> -t.count()).thenComparing(Transition::target))
                .forEach(t -> text.row(t.given(), t.target(), String.valueOf(t.count()), number(t.probability()),
                        number(t.expected()), number(t.adjustedResidual()),
                        t.significant() ? "*" : t.lowExpected() ? "e<5" : "", number(t.yulesQ())));
        text.print(out());
        if (table.transitions().stream().anyMatch(t -> t.count() > 0 && t.lowExpected())) {
            out().println();
            out().println("e<5: expected count under 5, too few for z to be read as significant or not.");
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String label(Role role) {
        return role == null ? null : role.label();
    }
}
