package org.attune.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.attune.model.AttuneException;
import picocli.CommandLine;

/** The {@code attune} command: runs a verb and exits with its status. */
public final class Main {

    /** A user error: bad input, a project in use, a name taken. */
    static final int USER_ERROR = 1;
    /** A usage error: an unknown option, a missing argument. */
    static final int USAGE_ERROR = 2;

    /**
     * Lucene logs a warning on every run that the JDK's incubating vector module is not enabled,
     * which a jar cannot enable for itself; it means a scalar path for some decoding, not a fault,
     * and says nothing a user can act on. Held here because the logging framework keeps loggers
     * only weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private Main() {
    }

    public static void main(String[] args) {
        // At a terminal, text from the project shows its control characters rather than obeying them;
        // into a file or a pipe, the output is the data as it is.
        java.io.Writer stdout = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(Terminal.isInteractive() ? new VisibleControls(stdout) : stdout, true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        // Messages quote names and text from the project and from files: never let them drive the terminal.
        err = new PrintWriter(new VisibleControls(err), true);
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return commandLine(out, err, debug).execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // Not exceptions, so picocli's handler never sees them; a user still gets one line, not a trace.
            err.println("attune: internal error: " + (e instanceof OutOfMemoryError ? "out of memory" : "out of stack")
                    + " (run again with --debug for the details, and report it)");
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return USER_ERROR;
        }
    }

    /** The command tree with its handlers, as {@link #run} executes it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine commandLine = new CommandLine(new AttuneCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    if (e instanceof AttuneException) {
                        cmd.getErr().println("attune: " + Flags.words((AttuneException) e));
                        if (debug) {
                            e.printStackTrace(cmd.getErr());
                        }
                        return USER_ERROR;
                    }
                    cmd.getErr().println("attune: internal error: " + e
                            + (debug ? "" : " (run again with --debug for the details, and report it)"));
                    if (debug) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return USER_ERROR;
                })
                .setParameterExceptionHandler((e, args1) -> {
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("attune: " + e.getMessage());
                    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
                    return USAGE_ERROR;
                });
        withHelp(commandLine);
        return commandLine;
    }

    /** Gives every verb and sub-verb its own -h and --help, as the root has (picocli's mixin is per command). */
    private static void withHelp(CommandLine command) {
        var spec = command.getCommandSpec();
        if (!spec.optionsMap().containsKey("--help") && !spec.optionsMap().containsKey("-h")) {
            spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help and exit.").build());
        }
        command.getSubcommands().values().forEach(Main::withHelp);
    }
}
