package org.attune.cli;

import java.util.Locale;
import org.attune.workbench.IndexReport;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune index PROJECT [--rebuild]}: makes sure the search index is current, or rebuilds it. */
@Command(name = "index",
        description = {"Build the search index beside the project (PROJECT-index/) if it is missing, stale or damaged.",
                "Searches do this by themselves; --rebuild rebuilds it from the project file in any case."})
final class IndexCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--rebuild", description = "Rebuild the index even if it is current.")
    boolean rebuild;

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            IndexReport report = workbench.index(rebuild, TerminalProgress.on(err()));
            String where = report.inMemory() ? "in memory, as another Attune has " + report.location() + " open"
                    : "in " + report.location();
            if (report.rebuilt()) {
                double seconds = report.took().toNanos() / 1e9;
                out().println(String.format(Locale.ROOT, "Indexed %,d turns in %.1f s (%,.0f turns/s) %s.", report.turns(),
                        seconds, report.turns() / Math.max(seconds, 1e-9), where));
            } else {
                out().println(String.format(Locale.ROOT, "The index of %,d turns %s is current.", report.turns(), where));
            }
        }
        return 0;
    }
}
