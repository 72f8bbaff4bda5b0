package org.attune.cli;

import org.attune.workbench.DemoProject;
import org.attune.workbench.ImportReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune demo [PROJECT]}: builds the demo project from the bundled samples and prints its summary. */
@Command(name = "demo",
        description = {"Build the demo project from the sample sessions that come with Attune, and print its summary.",
                "Run it again to bring an existing demo project up to date; nothing in it is lost."})
final class DemoCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", arity = "0..1", defaultValue = DemoProject.DEFAULT_PATH,
            description = "Where to build it. Default: ${DEFAULT-VALUE} in the current folder.")
    String project;

    @Override
    public Integer call() {
        DemoProject.Built built = DemoProject.build(Workbench.projectPath(project), TerminalProgress.on(err()));
        try (Workbench workbench = built.workbench()) {
            ImportReport report = built.report();
            out().println(report.imported() > 0
                    ? "Built the demo project " + workbench.path() + " from " + report.imported() + " sample sessions."
                    : "The demo project " + workbench.path() + " is up to date with the sample sessions.");
            if (built.codebook() != null) {
                out().println("Attached the codebook " + workbench.codebook().orElseThrow().codebook().name() + ".");
            }
            int added = built.codings().stream().mapToInt(c -> c.added()).sum();
            if (added > 0) {
                out().println("Imported " + added + " codings by the sample coders "
                        + String.join(", ", built.codings().stream().flatMap(c -> c.coders().stream()).distinct().toList()) + ".");
            }
            out().println();
            new ProjectPrinter(out()).summary(workbench.summary());
            out().println();
            new ProjectPrinter(out()).transcripts(workbench.transcripts());
            out().println();
            out().println("Next: attune show " + workbench.path() + " " + workbench.transcripts().getFirst().name());
            out().println("      attune search " + workbench.path() + " 'code:amplification AND next.code:self-state-shift'");
            out().println("      attune sequences " + workbench.path() + " --from-role therapist --to-role client");
            out().println("      attune agreement " + workbench.path() + " --coders anna,ben --bootstrap 1000");
        }
        return 0;
    }
}
