package org.attune.cli;

import org.attune.workbench.CodebookChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attune codebook ...}: the codebook's verbs. */
@Command(name = "codebook",
        description = "Check, attach, show, export and change a project's codebook. Every change is a new version.",
        subcommands = {
                CodebookCheckCommand.class,
                CodebookUseCommand.class,
                CodebookShowCommand.class,
                CodebookExportCommand.class,
                CodebookRenameCommand.class,
                CodebookMergeCommand.class,
                CodebookSplitCommand.class,
                CodebookDeleteCommand.class,
                CodebookAddCommand.class,
                CodebookColorCommand.class,
                CodebookKeyCommand.class,
                CodebookMoveCommand.class,
                CodebookRestoreCommand.class,
                CodebookUndoCommand.class,
                CodebookHistoryCommand.class
        })
final class CodebookCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints what a change did. */
    static void print(Verb verb, CodebookChange change) {
        verb.out().println("Codebook version " + change.version() + ": " + change.change() + ".");
        change.effects().forEach(effect -> verb.out().println("  " + effect));
    }
}
