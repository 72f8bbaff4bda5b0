package org.attune.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attune.agreement.AgreementLine;
import org.attune.agreement.AgreementReport;
import org.attune.agreement.Coefficient;
import org.attune.agreement.Comparison;
import org.attune.agreement.Disagreement;
import org.attune.agreement.Level;
import org.attune.agreement.SpanReport;
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
                "--bootstrap N adds 95%% intervals from N samples of the units (" + AgreementRequest.DEFAULT_BOOTSTRAP
                        + " alone, as in the window), reproducible with --seed."})
final class AgreementCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", arity = "0..1", description = "The project file (not with --ratings).")
    String project;

    @Option(names = "--coders", paramLabel = "A,B", split = ",", description = "The coders to compare, two or more.")
    List<String> coders = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--ratings", paramLabel = "FILE.csv",
            description = "Instead of a project: ratings from elsewhere, a CSV with columns unit,coder,value, one row per "
                    + "rating (a missing rating is an absent row).")
    Path ratings;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "nominal",
            description = "With --ratings: how values compare: nominal, ordinal, interval or ratio. Default: ${DEFAULT-VALUE}.")
    String level;

    @Option(names = "--unit", paramLabel = "turn|span", defaultValue = "turn",
            description = "The unit: turn, or span (the text each coding covers: alpha_u and an overlap match). Default: ${DEFAULT-VALUE}.")
    String unit;

    @Option(names = "--overlap", paramLabel = "SHARE", defaultValue = "0.5",
            description = "With --unit span: the overlap two segments need to match, as a share of the longer. Default: ${DEFAULT-VALUE}.")
    double overlap;

    @Option(names = "--transcripts", paramLabel = "NAME,...", split = ",", description = "Only these transcripts.")
    List<String> transcripts = new ArrayList<>();

    @Option(names = "--dyads", paramLabel = "DYAD,...", split = ",", description = "Only these dyads' transcripts.")
    List<String> dyads = new ArrayList<>();

    @Option(names = {"--groups", "--codes"}, paramLabel = "ID,...", split = ",",
            description = "Only these groups and codes (ids or names).")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--bootstrap", paramLabel = "N", arity = "0..1", defaultValue = "0",
            fallbackValue = "" + AgreementRequest.DEFAULT_BOOTSTRAP,
            description = "Bootstrap samples for 95%% intervals; alone, ${FALLBACK-VALUE} as in the window. Default: none.")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + AgreementRequest.DEFAULT_SEED,
            description = "The bootstrap's seed, the window's too. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--json", description = "Print JSON: parameters, rules, then every code, group and the pooled line.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write .xlsx: the report (summary, a sheet per exclusive group, confusion matrices, disagreements, "
                    + "parameters); or .csv: the ratings unit by unit, long (a row per coder) or, with --wide, wide (a column "
                    + "per coder). With --disagreements: the disagreements, .csv or .xlsx.")
    Path out;

    @Option(names = "--wide", description = "With --out FILE.csv: one row per unit, one column per coder.")
    boolean wide;

    @Option(names = "--done", description = "Count only the transcripts every compared coder has marked done ('attune done'); "
            + "otherwise those they have all started coding.")
    boolean onlyDone;

    @Option(names = "--by-transcript", description = "Also each transcript on its own (in --json and the .xlsx report; "
            + "the terminal shows each transcript's groups and pooled line).")
    boolean byTranscript;

    @Option(names = "--disagreements", description = "List the units where the coders differ, with the turn's text.")
    boolean disagreements;

    @Option(names = "--sort", paramLabel = "code|unit", defaultValue = "unit",
            description = "With --disagreements: by unit (transcript, turn) or by code first. Default: ${DEFAULT-VALUE}.")
    String sort;

    @Override
    public Integer call() {
        if (ratings != null) {
            if (project != null || !coders.isEmpty()) {
                throw usage("--ratings measures a file of ratings on its own: give no PROJECT and no --coders with it");
            }
            return calculate();
        }
        if (project == null || coders.isEmpty()) {
            throw usage("give a PROJECT and --coders A,B (or --ratings FILE.csv for ratings from elsewhere)");
        }
        if (!unit.equals("turn") && !unit.equals("span")) {
            throw usage("--unit is turn or span, not " + unit);
        }
        if (unit.equals("span")) {
            try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
                AgreementRequest spans = AgreementRequest.withoutIntervals(coders, transcripts, dyads, subjects);
                if (out != null) {
                    SpanReport written = viewer.of(workbench, null).exportSpanAgreement(spans, overlap, out,
                            TerminalProgress.on(err()));
                    out().println("Wrote the span agreement of " + written.alpha().byCategory().size() + " codes to " + out + ".");
                } else {
                    printSpans(viewer.of(workbench, null).spanAgreement(spans, overlap, TerminalProgress.on(err())));
                }
            }
            return 0;
        }
        if (!sort.equals("unit") && !sort.equals("code")) {
            throw usage("--sort is code or unit, not " + sort);
        }
        AgreementRequest request = request();
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            if (disagreements) {
                listDisagreements(workbench, request);
                return 0;
            }
            if (out != null) {
                AgreementReport written = viewer.of(workbench, null).exportAgreement(request, out, wide, TerminalProgress.on(err()));
                out().println(written != null ? "Wrote the agreement report of " + written.lines().size() + " lines to " + out + "."
                        : "Wrote the ratings, " + (wide ? "a column per coder" : "a row per coder") + ", to " + out + ".");
                return 0;
            }
            AgreementReport report = viewer.of(workbench, null).agreement(request, TerminalProgress.on(err()));
            if (json) {
                printJson(AgreementJson.of(report));
            } else {
                print(report);
            }
        }
        return 0;
    }

    private void listDisagreements(Workbench workbench, AgreementRequest request) {
        List<Disagreement> found = new ArrayList<>(viewer.of(workbench, null).disagreements(request, TerminalProgress.on(err())));
        if (sort.equals("code")) {
            found.sort(java.util.Comparator.comparing(Disagreement::id).thenComparing(d -> d.comparison().ordinal()));
        }
        if (out != null) {
            workbench.exportDisagreements(found, coders, out);
            out().println("Wrote " + found.size() + " disagreements to " + out + ".");
            return;
        }
        if (json) {
            printJson(found.stream().map(d -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("transcript", d.transcript());
                row.put("turn", d.turn());
                row.put("code", d.id());
                row.put("compared", d.comparison().label());
                Map<String, String> byCoder = new LinkedHashMap<>();
                for (int c = 0; c < coders.size(); c++) {
                    byCoder.put(coders.get(c), d.ratings().get(c));
                }
                row.put("ratings", byCoder);
                row.put("text", d.text());
                return row;
            }).toList());
            return;
        }
        out().println(found.size() + " disagreements.");
        for (Disagreement d : found) {
            List<String> who = new ArrayList<>();
            for (int c = 0; c < d.ratings().size(); c++) {
                who.add(coders.get(c) + " " + (d.ratings().get(c) == null ? "-" : d.ratings().get(c)));
            }
            String text = d.text().length() > 90 ? d.text().substring(0, 87) + "..." : d.text();
            out().println(d.transcript() + " turn " + d.turn() + "  " + d.id() + " (" + d.comparison().label() + "): "
                    + String.join(", ", who) + "\n    " + text);
        }
    }

    private void printSpans(SpanReport report) {
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("unit", "span");
            j.put("coders", report.coders());
            j.put("codebook_version", report.codebookVersion());
            j.put("rules", report.rules());
            j.put("overlap", report.share());
            j.put("transcripts", report.transcripts());
            j.put("alpha_u", finite(report.alpha().overall()));
            Map<String, Object> byCode = new LinkedHashMap<>();
            report.alpha().byCategory().forEach((code, a) -> byCode.put(code, finite(a)));
            j.put("alpha_u_by_code", byCode);
            j.put("pairs", report.overlaps().stream().map(p -> {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("coders", List.of(p.first(), p.second()));
                pair.put("percent_agreement", finite(p.percentAgreement()));
                pair.put("cohen_kappa", finite(p.kappa()));
                Map<String, Object> codes = new LinkedHashMap<>();
                p.byCode().forEach((code, o) -> codes.put(code, Map.of("matched", o.matched(), "only_first", o.onlyFirst(),
                        "only_second", o.onlySecond())));
                pair.put("codes", codes);
                return pair;
            }).toList());
            printJson(j);
            return;
        }
        out().println(String.format(Locale.ROOT, "Agreement of %s on %d transcripts (codebook version %d), spans as units: "
                + "alpha_u %s.", String.join(", ", report.coders()), report.transcripts().size(), report.codebookVersion(),
                number(finite(report.alpha().overall()))));
        out().println();
        List<String> header = new ArrayList<>(List.of("CODE", "ALPHA_U"));
        report.overlaps().forEach(p -> header.add(p.first() + "/" + p.second() + " MATCHED"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        report.alpha().byCategory().forEach((code, a) -> {
            List<String> row = new ArrayList<>(List.of(code, number(finite(a))));
            report.overlaps().forEach(p -> {
                var o = p.byCode().get(code);
                row.add(o == null ? "-" : o.matched() + " of " + (o.matched() + o.onlyFirst() + o.onlySecond()));
            });
            table.row(row.toArray(String[]::new));
        });
        table.print(out());
        out().println();
        report.overlaps().forEach(p -> out().println(String.format(Locale.ROOT,
                "%s and %s, segments matching at %.0f%% overlap: percent agreement %s, kappa %s.", p.first(), p.second(),
                report.share() * 100, number(finite(p.percentAgreement())), number(finite(p.kappa())))));
        out().println("Rules: " + String.join("; ", report.rules()) + ".");
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** What the options ask the core for. */
    AgreementRequest request() {
        return new AgreementRequest(coders, transcripts, dyads, subjects, bootstrap, seed, byTranscript, onlyDone);
    }

    private Integer calculate() {
        Level chosen = java.util.Arrays.stream(Level.values()).filter(l -> l.label().equalsIgnoreCase(level.strip())).findFirst()
                .orElseThrow(() -> usage("--level is nominal, ordinal, interval or ratio, not " + level));
        AgreementLine line = Workbench.agreementOfRatings(ratings, chosen, bootstrap, seed);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", ratings.getFileName().toString());
            out.put("level", chosen.label());
            out.put("coders", line.coders());
            out.put("categories", line.categories());
            out.put("n_units", line.units());
            AgreementJson.values(out, line);
            // The weighted kappas together too, where they apply: two coders' numeric ratings on an ordered level.
            Double linear = line.values().get(Coefficient.WEIGHTED_KAPPA_LINEAR);
            Double quadratic = line.values().get(Coefficient.WEIGHTED_KAPPA_QUADRATIC);
            if (linear != null || quadratic != null) {
                Map<String, Double> weighted = new LinkedHashMap<>();
                weighted.put("linear", linear);
                weighted.put("quadratic", quadratic);
                out.put("weighted_kappa", weighted);
            }
            printJson(out);
            return 0;
        }
        out().println(String.format(Locale.ROOT, "Agreement of %s on %,d units of %s (%s).",
                String.join(", ", line.coders()), line.units(), ratings.getFileName(), chosen.label()));
        out().println();
        TextTable table = new TextTable("COEFFICIENT", "VALUE", bootstrap > 0 ? "95% INTERVAL" : "");
        table.alignRight(1);
        line.values().forEach((c, v) -> {
            double[] ci = line.ci95().get(c);
            table.row(c.key(), number(v), ci == null ? "" : String.format(Locale.ROOT, "%.3f to %.3f", ci[0], ci[1]));
        });
        line.pairwise().forEach((pair, kappa) -> table.row("cohen_kappa " + pair, number(kappa), ""));
        table.print(out());
        line.notes().forEach(n -> out().println(n));
        return 0;
    }

    private void print(AgreementReport report) {
        out().println(String.format(Locale.ROOT, "Agreement of %s on %d transcripts (codebook version %d), turns as units.",
                String.join(", ", report.coders()), report.transcripts().size(), report.codebookVersion()));
        report.leftOut().forEach((t, who) -> out().println("Left out " + t + ": not " + (onlyDone ? "marked done" : "coded")
                + " by " + String.join(", ", who) + "."));
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
        if (!report.byTranscript().isEmpty()) {
            out().println();
            TextTable each = new TextTable("TRANSCRIPT", "GROUP OR POOLED", "UNITS", "AGREE", two ? "KAPPA" : "FLEISS", "ALPHA");
            each.alignRight(2, 3, 4, 5);
            report.byTranscript().forEach((transcript, lines) -> lines.stream()
                    .filter(l -> l.subject().comparison() == Comparison.CHOICE || l.subject().comparison() == Comparison.POOLED)
                    .forEach(l -> each.row(transcript, l.subject().id(), String.format(Locale.ROOT, "%,d", l.units()),
                            number(l.values().get(Coefficient.PERCENT_AGREEMENT)),
                            number(l.values().get(two ? Coefficient.COHEN_KAPPA : Coefficient.FLEISS_KAPPA)),
                            number(l.values().get(Coefficient.KRIPPENDORFF_ALPHA)))));
            each.print(out());
        }
        out().println();
        out().println("Rules: " + String.join("; ", report.rules()) + ".");
    }

    private static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
