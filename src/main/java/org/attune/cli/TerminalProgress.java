package org.attune.cli;

import java.io.PrintWriter;
import org.attune.workbench.Progress;

/**
 * A progress line on a terminal, rewritten in place; silent when output goes to a file or a pipe,
 * so that logs and scripts get only results.
 */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private int lastLength;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when it is a terminal, else no progress. */
    static Progress on(PrintWriter err) {
        return Terminal.isInteractive() ? new TerminalProgress(err) : Progress.NONE;
    }

    @Override
    public void update(int done, int total, String item) {
        String line = String.format("[%d/%d] %s", done, total, item);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        err.flush();
    }

    @Override
    public void finished() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
