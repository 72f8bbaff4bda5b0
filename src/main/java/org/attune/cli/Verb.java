package org.attune.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every verb shares: its output streams, and JSON printing. */
abstract class Verb implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object value) {
        out().println(Json.write(value));
        out().flush();
    }

    /**
     * Opens a project for reading, saying so on stderr when it lies in a read-only folder (it is then
     * read as it is and its search index kept in memory).
     */
    org.attune.workbench.Workbench openReadOnly(java.nio.file.Path project) {
        org.attune.workbench.Workbench workbench = org.attune.workbench.Workbench.openReadOnly(project);
        if (workbench.inReadOnlyFolder()) {
            err().println("attune: " + project.getFileName() + " is in a read-only folder: read as it is, with its search "
                    + "index in memory; nothing can be changed there");
        }
        return workbench;
    }

    /** A usage error (exit 2) for this verb. */
    picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }
}
