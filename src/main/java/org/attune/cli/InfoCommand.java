package org.attune.cli;

import org.attune.workbench.ProjectSummary;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune info PROJECT}: what a project holds. */
@Command(name = "info", description = "Show what a project holds: transcripts, turns, coders, codings, codebook.")
final class InfoCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON form. */
    record InfoJson(String project, int schemaVersion, int transcripts, long turns, int coders, long codings,
                    String codebook) {

        static InfoJson of(ProjectSummary s) {
            return new InfoJson(s.path().toString(), s.schemaVersion(), s.transcripts(), s.turns(), s.coders(),
                    s.codings(), s.codebook());
        }
    }

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.openReadOnly(Workbench.projectPath(project))) {
            ProjectSummary summary = workbench.summary();
            if (json) {
                printJson(InfoJson.of(summary));
            } else {
                new ProjectPrinter(out()).summary(summary);
            }
        }
        return 0;
    }
}
