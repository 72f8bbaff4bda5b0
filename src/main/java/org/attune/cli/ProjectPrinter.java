package org.attune.cli;

import java.io.PrintWriter;
import java.util.List;
import org.attune.model.TranscriptSummary;
import org.attune.workbench.ProjectSummary;

/** Prints what a project holds, for people at a terminal. */
final class ProjectPrinter {

    private final PrintWriter out;

    ProjectPrinter(PrintWriter out) {
        this.out = out;
    }

    void summary(ProjectSummary s) {
        out.println("Project      " + s.path());
        out.println("Transcripts  " + s.transcripts() + " (" + s.turns() + " turns)");
        out.println("Codebook     " + (s.codebook() == null ? "none"
                : s.codebook() + " " + s.codebookLabel() + " (" + s.codes() + " codes; version " + s.codebookVersion()
                        + " in this project)"));
        out.println("Codings      " + s.codings() + (s.coders().isEmpty() ? "" : " by " + s.coders().size()
                + (s.coders().size() == 1 ? " coder" : " coders")));
        if (!s.coders().isEmpty()) {
            TextTable coders = new TextTable("  CODER", "CODINGS", "TRANSCRIPTS");
            coders.alignRight(1, 2);
            s.coders().forEach(c -> coders.row("  " + c.name(), String.valueOf(c.codings()), String.valueOf(c.transcripts())));
            coders.print(out);
        }
    }

    void transcripts(List<TranscriptSummary> transcripts) {
        TextTable table = new TextTable("NAME", "DYAD", "SESSION", "DATE", "TURNS", "FORMAT", "SOURCE");
        table.alignRight(2, 4);
        for (TranscriptSummary t : transcripts) {
            table.row(t.name(), orDash(t.session().dyad()), orDash(t.session().session()), orDash(t.session().date()),
                    String.valueOf(t.turnCount()), t.sourceFormat(), t.sourceFile());
        }
        table.print(out);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
