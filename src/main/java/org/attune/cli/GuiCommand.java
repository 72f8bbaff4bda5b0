package org.attune.cli;

import java.nio.file.Path;
import org.attune.ui.AttuneWindow;
import org.attune.ui.WindowPreferences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attune gui [PROJECT]}: opens the window; returns when it is closed. */
@Command(name = "gui",
        description = {"Open the window on a project; without one, on the last project opened, or on a first run on "
                + "the demo project (built in ~/Attune). 'attune' with no arguments does the same."})
final class GuiCommand extends Verb {

    @Parameters(paramLabel = "PROJECT", arity = "0..1", description = "The project file (.attune).")
    String project;

    @Override
    public Integer call() throws InterruptedException {
        if (!AttuneWindow.displayAvailable()) {
            err().println("attune: there is no display to open the window on; use the verbs instead ('attune --help')");
            return Main.USER_ERROR;
        }
        AttuneWindow.run(project, WindowPreferences.user(), Path.of(System.getProperty("user.home")));
        return 0;
    }
}
