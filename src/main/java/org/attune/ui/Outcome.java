package org.attune.ui;

/**
 * What an action did, for the status bar: a short line, and whether it was refused (shown as a
 * warning, never as a dialog: a coder makes thousands of these decisions a session).
 *
 * @param message the line to show
 * @param refused whether the action was refused or failed
 */
record Outcome(String message, boolean refused) {

    static Outcome done(String message) {
        return new Outcome(message, false);
    }

    static Outcome refused(String message) {
        return new Outcome(message, true);
    }
}
