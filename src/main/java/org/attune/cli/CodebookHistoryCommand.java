package org.attune.cli;

import java.util.List;
import org.attune.model.CodebookVersion;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune codebook history PROJECT}: the versions of the codebook. */
@Command(name = "history", description = "List the versions of a project's codebook and what made each.")
final class CodebookHistoryCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON form of a version. */
    record VersionJson(int version, String createdAt, String change, String name, String codebookVersion) {
    }

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            List<CodebookVersion> history = workbench.codebookHistory();
            if (json) {
                printJson(history.stream().map(v -> new VersionJson(v.version(), v.createdAt().toString(), v.change(),
                        v.name(), v.codebookVersion())).toList());
                return 0;
            }
            if (history.isEmpty()) {
                out().println("No codebook yet.");
                return 0;
            }
            TextTable table = new TextTable("VERSION", "WHEN", "CODEBOOK", "CHANGE");
            table.alignRight(0);
            for (CodebookVersion v : history) {
                table.row(String.valueOf(v.version()), v.createdAt().toString().substring(0, 16).replace('T', ' '),
                        v.name() + " " + v.codebookVersion(), v.change());
            }
            table.print(out());
        }
        return 0;
    }
}
