package org.attune.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attune round ...}: coding rounds. */
@Command(name = "round",
        description = "Coding rounds: which coders code which transcripts, blind or open, and how far each has come.",
        subcommands = {RoundCreateCommand.class, RoundShowCommand.class})
final class RoundCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
