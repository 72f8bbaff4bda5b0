package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every verb and sub-verb found in the command tree answers --help and -h with its usage, and nothing warns. */
class HelpTest {

    @Test
    void everyVerbAnswersHelp() {
        List<List<String>> verbs = new ArrayList<>();
        collect(Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false), List.of(), verbs);
        assertThat(verbs).as("the verbs found").hasSizeGreaterThan(30);
        List<String> failures = new ArrayList<>();
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (List<String> verb : verbs) {
                for (String flag : List.of("--help", "-h")) {
                    List<String> args = new ArrayList<>(verb);
                    args.add(flag);
                    CommandLineTest.Run run = CommandLineTest.attune(args.toArray(String[]::new));
                    String usage = "Usage: attune" + (verb.isEmpty() ? "" : " " + String.join(" ", verb));
                    if (run.status() != 0 || !run.out().startsWith(usage) || !run.err().isEmpty()) {
                        failures.add(String.join(" ", args) + ": exit " + run.status() + ", " + (run.err().isEmpty()
                                ? run.out().lines().findFirst().orElse("") : run.err().strip()));
                    }
                }
            }
        } finally {
            System.setErr(stderr);
        }
        assertThat(failures).isEmpty();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).as("picocli's warnings").isEmpty();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> verbs) {
        if (command.getCommandName().equals("help")) {
            return;
        }
        verbs.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().aliases().length == 0 || !List.of(sub.getCommandSpec().aliases()).contains(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, verbs);
            }
        });
    }
}
