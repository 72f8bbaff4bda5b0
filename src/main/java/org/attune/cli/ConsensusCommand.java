package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attune.agreement.Disagreement;
import org.attune.workbench.AgreementRequest;
import org.attune.workbench.ConsensusReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune consensus PROJECT --coders A,B --into NAME}: a coder who settles the others' disagreements. */
@Command(name = "consensus",
        description = {"Start or bring up to date a consensus coder: every turn where the coders agree becomes its coding, "
                + "and their disagreements are listed to settle (--out writes them as a sheet with a decision column).",
                "--decisions FILE.csv applies the settled rows, all or none, keeping each with the coders' original ratings "
                        + "and who decided. The coders' own codings never change."})
final class ConsensusCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--coders", paramLabel = "A,B", split = ",", required = true, description = "The coders to settle, two or more.")
    List<String> coders;

    @Option(names = "--into", paramLabel = "NAME", required = true, description = "The consensus coder's name.")
    String into;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--transcripts", paramLabel = "NAME,...", split = ",", description = "Only these transcripts.")
    List<String> transcripts = new ArrayList<>();

    @Option(names = "--dyads", paramLabel = "DYAD,...", split = ",", description = "Only these dyads' transcripts.")
    List<String> dyads = new ArrayList<>();

    @Option(names = {"--groups", "--codes"}, paramLabel = "ID,...", split = ",", description = "Only these groups and codes.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--decisions", paramLabel = "FILE.csv",
            description = "Settled disagreements: the open items with decision (and decided_by) filled in.")
    Path decisions;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decided, for rows without decided_by.")
    String by;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the disagreements still open to .csv or .xlsx, to fill in.")
    Path out;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        AgreementRequest request = AgreementRequest.withoutIntervals(coders, transcripts, dyads, subjects);
        try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
            ConsensusReport report = decisions == null
                    ? viewer.of(workbench, null).startConsensus(request, into, TerminalProgress.on(err()))
                    : viewer.of(workbench, null).applyConsensus(request, into, decisions, by, TerminalProgress.on(err()));
            if (out != null) {
                workbench.exportOpenItems(report.open(), report.of(), out);
            }
            if (json) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("coder", report.coder());
                j.put("of", report.of());
                j.put("taken_over", report.takenOver());
                j.put("settled", report.settled());
                j.put("decided", report.decided());
                j.put("open", report.open().stream().map(d -> open(report, d)).toList());
                printJson(j);
                return 0;
            }
            String of = String.join(", ", report.of());
            if (decisions == null) {
                out().println("Consensus coder " + report.coder() + " of " + of + ": took over " + report.takenOver()
                        + " codings where they agree; " + report.decided() + " disagreements settled before; "
                        + report.open().size() + " to settle.");
            } else {
                out().println("Settled " + report.settled() + " disagreements of " + of + " into " + report.coder() + "; "
                        + report.decided() + " settled in all; " + report.open().size() + " still open.");
            }
            if (out != null) {
                out().println("Wrote the open disagreements to " + out + ": fill in decision (and decided_by), then "
                        + "'attune consensus " + project + " --coders " + String.join(",", report.of()) + " --into "
                        + report.coder() + " --decisions " + out.getFileName() + "'.");
            }
        }
        return 0;
    }

    private static Map<String, Object> open(ConsensusReport report, Disagreement d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("transcript", d.transcript());
        row.put("turn", d.turn());
        row.put("code", d.id());
        row.put("compared", d.comparison().label());
        Map<String, String> ratings = new LinkedHashMap<>();
        for (int c = 0; c < report.of().size(); c++) {
            ratings.put(report.of().get(c), d.ratings().get(c));
        }
        row.put("ratings", ratings);
        return row;
    }
}
