package org.attune.cli;

import java.nio.file.Path;
import java.util.Map;
import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attune pseudonyms PROJECT [--set MAP.csv | --clear]}: the names the project keeps out of what it shares. */
@Command(name = "pseudonyms", description = {"Show, set or clear the project's list of names to pseudonymize "
        + "(name,replacement). Exports and packs warn when a listed name is still in the text they write."})
final class PseudonymsCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file.")
    String project;

    @Option(names = "--set", paramLabel = "MAP.csv", description = "Keep this list with the project (replacing any before).")
    Path set;

    @Option(names = "--clear", description = "Remove the project's list.")
    boolean clear;

    @Override
    public Integer call() {
        if (set != null && clear) {
            throw usage("--set and --clear cannot be given together");
        }
        Path path = Workbench.projectPath(project);
        try (Workbench workbench = set != null || clear ? Workbench.open(path) : openReadOnly(path)) {
            Map<String, String> names = set != null || clear ? workbench.setPseudonyms(set) : workbench.pseudonyms();
            if (names.isEmpty()) {
                out().println(path.getFileName() + " has no list of names to pseudonymize.");
            } else {
                out().println(path.getFileName() + " pseudonymizes " + names.size() + (names.size() == 1 ? " name:" : " names:"));
                names.forEach((name, replacement) -> out().println("  " + name + " -> " + replacement));
            }
        }
        return 0;
    }
}
