package org.attune.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attune.model.AttuneException;
import org.attune.workbench.DemoProject;
import org.attune.workbench.Workbench;

/**
 * Which project the window opens: the one named, else the last one opened that still exists, else
 * (on a first run) the demo project, built in the user's Attune folder.
 *
 * @param path the project file
 * @param demo whether it is the demo project and has yet to be built
 */
record StartupProject(Path path, boolean demo) {

    /** Where the demo project goes on a first run: a folder of Attune's own in the user's home. */
    static Path demoPath(Path home) {
        return home.resolve("Attune").resolve(DemoProject.DEFAULT_PATH);
    }

    static StartupProject choose(String given, List<Path> recent, Path home) {
        if (given != null) {
            Path path = Workbench.projectPath(given);
            if (!Files.isRegularFile(path)) {
                throw new AttuneException("no project " + path + " (create one with 'attune init " + path
                        + "', or open the demo with 'attune demo')");
            }
            return new StartupProject(path, false);
        }
        for (Path p : recent) {
            if (Files.isRegularFile(p)) {
                return new StartupProject(p, false);
            }
        }
        Path demo = demoPath(home);
        return new StartupProject(demo, !Files.isRegularFile(demo));
    }
}
