package org.attune.cli;

import java.util.List;
import org.attune.model.Coding;
import org.attune.workbench.CodingProblem;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune check PROJECT [--repair]}: the codings that break the rules, listed, and on request removed. */
@Command(name = "check", description = {"List every coding of a project that breaks the rules a new coding must keep: its turns "
        + "exist, its span lies inside their text, its code is in the codebook and fits the turns' role, a flag has no value and "
        + "a scale a level, at most one code of an exclusive group per turn (the later change holds).",
        "Exit status 1 when there are any. With --repair they are removed, all of them or (on any failure) none."})
final class CheckCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--repair", description = "Remove the codings that break the rules, in one change, and list them.")
    boolean repair;

    @Override
    public Integer call() {
        if (repair) {
            try (Workbench workbench = Workbench.open(Workbench.projectPath(project))) {
                List<CodingProblem> removed = workbench.repair();
                if (removed.isEmpty()) {
                    out().println("Every coding keeps the rules: nothing removed.");
                } else {
                    out().println("Removed " + removed.size() + (removed.size() == 1 ? " coding" : " codings")
                            + " that broke the rules:");
                    removed.forEach(p -> out().println("  " + line(p)));
                }
                return 0;
            }
        }
        try (Workbench workbench = Workbench.openReadOnly(Workbench.projectPath(project))) {
            List<CodingProblem> problems = workbench.check();
            if (problems.isEmpty()) {
                out().println("Every coding keeps the rules.");
                return 0;
            }
            problems.forEach(p -> out().println(line(p)));
            err().println("attune: " + problems.size() + (problems.size() == 1 ? " coding breaks" : " codings break")
                    + " the rules; 'attune check " + project + " --repair' removes " + (problems.size() == 1 ? "it" : "them"));
            return Main.USER_ERROR;
        }
    }

    private static String line(CodingProblem problem) {
        Coding c = problem.coding();
        String span = c.span().startTurn() == c.span().endTurn() ? "turn " + c.span().startTurn()
                : "turns " + c.span().startTurn() + " to " + c.span().endTurn();
        return c.coder() + "'s " + c.codeId() + (c.value() == null ? "" : " " + c.value().toPlainString()) + " in "
                + c.transcript() + " " + span + " (" + c.span().startOffset() + " to " + c.span().endOffset() + "): "
                + problem.reason();
    }
}
