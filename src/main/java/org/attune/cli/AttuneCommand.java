package org.attune.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the verbs. */
@Command(name = "attune",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A workbench for psychotherapy process research: import session transcripts, "
                + "code them, search them, measure agreement.",
        subcommands = {
                InitCommand.class,
                InfoCommand.class,
                ImportCommand.class,
                TranscriptsCommand.class,
                ShowCommand.class,
                CodebookCommand.class,
                CodersCommand.class,
                CodingsCommand.class,
                IndexCommand.class,
                SearchCommand.class,
                QueriesCommand.class,
                CooccurCommand.class,
                SequencesCommand.class,
                AgreementCommand.class,
                ConsensusCommand.class,
                DoneCommand.class,
                RoundCommand.class,
                PackCommand.class,
                MergeCommand.class,
                CheckCommand.class,
                ExportCommand.class,
                ImportProjectCommand.class,
                PseudonymsCommand.class,
                DemoCommand.class,
                GuiCommand.class,
                picocli.CommandLine.HelpCommand.class
        },
        footer = {"", "With no arguments on a desktop, attune opens the window (as 'attune gui').",
                "Start with 'attune demo' to build a project from the sample sessions and look around."})
final class AttuneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean debug;

    /**
     * No verb: the window, where there is a display. Without one, a line saying so and the verbs:
     * the help is what was asked for then, so the exit status is 0.
     */
    @Override
    public Integer call() throws InterruptedException {
        if (org.attune.ui.AttuneWindow.displayAvailable()) {
            org.attune.ui.AttuneWindow.run(null, org.attune.ui.WindowPreferences.user(),
                    java.nio.file.Path.of(System.getProperty("user.home")));
            return 0;
        }
        spec.commandLine().getErr().println("attune: there is no display to open the window on; here is what the command line does.");
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
