package org.attune.cli;

import org.attune.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune init PROJECT}: creates an empty project. */
@Command(name = "init", description = "Create a new, empty project file.")
final class InitCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", description = "The project file to create (.attune is added if missing).")
    String project;

    @Override
    public Integer call() {
        try (Workbench workbench = Workbench.create(Workbench.projectPath(project))) {
            out().println("Created " + workbench.path() + ". Next: attune import " + workbench.path() + " FILE...");
        }
        return 0;
    }
}
