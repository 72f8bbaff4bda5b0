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
                ExportCommand.class,
                ImportProjectCommand.class,
                PseudonymsCommand.class,
                DemoCommand.class,
                picocli.CommandLine.HelpCommand.class
        },
        footer = {"", "Start with 'attune demo' to build a project from the sample sessions and look around."})
final class AttuneCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    private boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
