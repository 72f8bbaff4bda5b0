package org.attune.cli;

import java.lang.reflect.Method;

/** Whether the command line talks to a person at a terminal, or to a file or a pipe. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when redirected; ask it whether it is a terminal.
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }
}
