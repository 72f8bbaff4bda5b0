package org.attune.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code attune codings ...}: the codings table in and out. */
@Command(name = "codings", description = "Import and export codings as a long table (one row per coding) for R, SPSS or Excel.",
        subcommands = {CodingsImportCommand.class, CodingsExportCommand.class})
final class CodingsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
