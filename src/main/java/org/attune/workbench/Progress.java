package org.attune.workbench;

/**
 * Hears how long work is getting on: a progress bar in the window, a progress line on a terminal.
 * Called on the working thread.
 */
@FunctionalInterface
public interface Progress {

    /** Reports no progress. */
    Progress NONE = (done, total, item) -> { };

    /**
     * @param done how many items are done
     * @param total how many there are in all
     * @param item what is being worked on now, for display
     */
    void update(int done, int total, String item);

    /** The work is over, done or failed: a progress line clears itself. */
    default void finished() {
    }
}
