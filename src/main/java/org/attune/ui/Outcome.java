package org.attune.ui;

/**
 * What an action did, for the status bar: a short line, and whether it was refused (shown as a
 * warning, never as a dialog: a coder makes thousands of these decisions a session).
 *
 * @param message the line to show
 * @param refused whether the action was refused or failed
 * @param turn the turn the action was about, to show it (an undo), or 0
 */
record Outcome(String message, boolean refused, int turn) {

    static Outcome done(String message) {
        return new Outcome(message, false, 0);
    }

    static Outcome refused(String message) {
        return new Outcome(message, true, 0);
    }

    /** The same outcome, about a turn. */
    Outcome at(int turn) {
        return new Outcome(message, refused, turn);
    }
}
