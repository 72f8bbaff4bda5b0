package org.attune.cli;

import java.util.List;
import org.attune.model.TranscriptSummary;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune transcripts PROJECT}: lists the transcripts. */
@Command(name = "transcripts", description = "List the transcripts of a project.")
final class TranscriptsCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** The JSON form of one transcript. */
    record TranscriptJson(String name, String dyad, Integer session, String date, int turns, String sourceFile,
                          String sourceFormat, String importedAt) {

        static TranscriptJson of(TranscriptSummary t) {
            return new TranscriptJson(t.name(), t.session().dyad(), t.session().session(),
                    t.session().date() == null ? null : t.session().date().toString(), t.turnCount(), t.sourceFile(),
                    t.sourceFormat(), t.importedAt().toString());
        }
    }

    @Override
    public Integer call() {
        try (Workbench workbench = openReadOnly(Workbench.projectPath(project))) {
            List<TranscriptSummary> transcripts = workbench.transcripts();
            if (json) {
                printJson(transcripts.stream().map(TranscriptJson::of).toList());
            } else if (transcripts.isEmpty()) {
                out().println("No transcripts yet. Add some with: attune import " + workbench.path() + " FILE...");
            } else {
                new ProjectPrinter(out()).transcripts(transcripts);
            }
        }
        return 0;
    }
}
