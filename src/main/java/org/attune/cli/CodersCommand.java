package org.attune.cli;

import java.util.List;
import org.attune.model.CoderSummary;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune coders PROJECT}: the coders and how much each has coded. */
@Command(name = "coders", description = "List the coders of a project, with their codings. Coders are created on first use.")
final class CodersCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            List<CoderSummary> coders = viewer.of(workbench, null).coders();
            if (json) {
                printJson(coders.stream().map(InfoCommand.CoderJson::of).toList());
            } else if (coders.isEmpty()) {
                out().println("No coders yet: they appear with their first coding (attune codings import).");
            } else {
                TextTable table = new TextTable("CODER", "CODINGS", "TRANSCRIPTS");
                table.alignRight(1, 2);
                coders.forEach(c -> table.row(c.name(), String.valueOf(c.codings()), String.valueOf(c.transcripts())));
                table.print(out());
            }
        }
        return 0;
    }
}
