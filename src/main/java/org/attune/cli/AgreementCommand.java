package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.workbench.AgreementRequest;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune agreement PROJECT --coders A,B}: how well coders agree, code by code. */
@Command(name = "agreement",
        description = {"Measure how well coders agree on a project's codings, per code, exclusive group and scale code, "
                + "with turns as units: percent agreement, Cohen's kappa, Scott's pi, Fleiss' kappa, Krippendorff's alpha, "
                + "Gwet's AC1, Brennan-Prediger, the prevalence and bias indices, and for scales the weighted kappas and AC2.",
                "--bootstrap N adds 95% intervals from N samples of the units, reproducible with --seed."})
final class AgreementCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--coders", paramLabel = "A,B", split = ",", required = true,
            description = "The coders to compare, two or more.")
    List<String> coders;

    @Option(names = "--unit", paramLabel = "turn", defaultValue = "turn", description = "The unit: turn (span comes later).")
    String unit;

    @Option(names = "--transcripts", paramLabel = "NAME,...", split = ",", description = "Only these transcripts.")
    List<String> transcripts = new ArrayList<>();

    @Option(names = "--dyads", paramLabel = "DYAD,...", split = ",", description = "Only these dyads' transcripts.")
    List<String> dyads = new ArrayList<>();

    @Option(names = {"--groups", "--codes"}, paramLabel = "ID,...", split = ",",
            description = "Only these groups and codes (ids or names).")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
            description = "Bootstrap samples for 95% intervals. Default: ${DEFAULT-VALUE}, none.")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20240601", description = "The bootstrap's seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print JSON: parameters, rules, then every code, group and the pooled line.")
    boolean json;

    @Override
    public Integer call() {
        if (!unit.equals("turn")) {
            throw usage("--unit: only turn is measured so far, not " + unit);
        }
        try (Workbench workbench = Workbench.openReadOnly(Workbench.projectPath(project))) {
            AgreementReport report = workbench.agreement(new AgreementRequest(coders, transcripts, dyads, subjects, bootstrap, seed),
                    TerminalProgress.on(err()));
            if (json) {
                printJson(AgreementJson.of(report));
            } else {
                print(report);
            }
        }
        return 0;
    }

    private void print(AgreementReport report) {
        out().println(String.format(Locale.ROOT, "Agreement of %s on %d transcripts (codebook version %d), turns as units.",
                String.join(", ", report.coders()), report.transcripts().size(), report.codebookVersion()));
        report.leftOut().forEach((t, who) -> out().println("Left out " + t + ": not coded by " + String.join(", ", who) + "."));
        boolean two = report.coders().size() == 2;
        out().println();
        TextTable table = new TextTable("CODE OR GROUP", "COMPARED", "UNITS", "AGREE", two ? "KAPPA" : "FLEISS", "ALPHA",
                "AC1", "BP", "PREVALENCE", report.bootstrap() > 0 ? "ALPHA 95%" : "");
        table.alignRight(2, 3, 4, 5, 6, 7, 8);
        List<String> notes = new ArrayList<>();
        for (AgreementLine line : report.lines()) {
            double[] ci = line.ci95().get(Coefficient.KRIPPENDORFF_ALPHA);
            table.row(line.subject().id(), line.subject().comparison().label()
                            + (line.subject().comparison().label().equals("level") ? " (" + line.subject().level().label() + ")" : ""),
                    String.format(Locale.ROOT, "%,d", line.units()),
                    number(line.values().get(Coefficient.PERCENT_AGREEMENT)),
                    number(line.values().get(two ? Coefficient.COHEN_KAPPA : Coefficient.FLEISS_KAPPA)),
                    number(line.values().get(Coefficient.KRIPPENDORFF_ALPHA)),
                    number(line.values().get(Coefficient.GWET_AC1)),
                    number(line.values().get(Coefficient.BRENNAN_PREDIGER)),
                    number(line.values().get(Coefficient.PREVALENCE_INDEX)),
                    ci == null ? "" : String.format(Locale.ROOT, "%.3f to %.3f", ci[0], ci[1]));
            line.notes().stream().filter(n -> !n.contains("compares two coders") && !n.contains("two categories"))
                    .forEach(n -> notes.add(line.subject().id() + ": " + n));
        }
        table.print(out());
        if (!notes.isEmpty()) {
            out().println();
            notes.forEach(n -> out().println(n));
        }
        out().println();
        out().println("Rules: " + String.join("; ", report.rules()) + ".");
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
