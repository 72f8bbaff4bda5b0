package org.attune.cli;

import java.util.List;
import org.attune.model.CoderSummary;
import org.attune.workbench.ProjectSummary;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune info PROJECT}: what a project holds. */
@Command(name = "info", description = "Show what a project holds: transcripts, turns, codebook, coders and their codings.")
final class InfoCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @picocli.CommandLine.Mixin
    ViewerOption viewer = new ViewerOption();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON form. */
    record InfoJson(String project, int schemaVersion, int transcripts, long turns, CodebookJson codebook, int coders,
                    long codings, List<CoderJson> byCoder) {

        static InfoJson of(ProjectSummary s) {
            return new InfoJson(s.path().toString(), s.schemaVersion(), s.transcripts(), s.turns(),
                    s.codebook() == null ? null : new CodebookJson(s.codebook(), s.codebookLabel(), s.codebookVersion(), s.codes()),
                    s.coders().size(), s.codings(), s.coders().stream().map(CoderJson::of).toList());
        }
    }

    /** The JSON form of the codebook's identity. */
    record CodebookJson(String name, String version, int projectVersion, int codes) {
    }

    /** The JSON form of a coder's counts. */
    record CoderJson(String coder, long codings, int transcripts) {

        static CoderJson of(CoderSummary c) {
            return new CoderJson(c.name(), c.codings(), c.transcripts());
        }
    }

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            ProjectSummary summary = viewer.of(workbench, null).summary();
            if (json) {
                printJson(InfoJson.of(summary));
            } else {
                new ProjectPrinter(out()).summary(summary);
            }
        }
        return 0;
    }
}
