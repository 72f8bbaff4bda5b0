package org.attune.ui;

import java.util.List;
import org.attune.model.Coding;
import org.attune.workbench.Workbench;

/**
 * A coding action that can be taken back and done again, each time saved through the workbench
 * at once, so that undo never leaves the project file behind the screen.
 */
sealed interface CodingEdit {

    /** The turn to show after undoing or redoing it; 0 for a change of the codebook. */
    int turn();

    /** What it was, for the status bar: "applied Narrative to turn 12". */
    String label();

    void undo(Workbench workbench);

    void redo(Workbench workbench);

    /** Puts a coding back as it was: same code, span, level and memo. */
    static void restore(Workbench workbench, Coding c) {
        workbench.applyCode(c.coder(), c.transcript(), c.codeId(), c.span(), c.value(), c.memo());
    }

    /**
     * A code applied (or its level or memo changed).
     *
     * @param applied the coding as stored
     * @param before the same coding as it was before, when this changed its level or memo, or null
     * @param replaced the codings of the same exclusive group it pushed out
     */
    record Applied(Coding applied, Coding before, List<Coding> replaced, String label) implements CodingEdit {

        @Override
        public int turn() {
            return applied.span().startTurn();
        }

        @Override
        public void undo(Workbench workbench) {
            workbench.removeCode(applied.coder(), applied.transcript(), applied.codeId(), applied.span());
            if (before != null) {
                restore(workbench, before);
            }
            replaced.forEach(c -> restore(workbench, c));
        }

        @Override
        public void redo(Workbench workbench) {
            restore(workbench, applied);
        }
    }

    /**
     * A change of the codebook, undone by its inverse change (each a new version of the codebook,
     * so the history keeps both).
     */
    record CodebookEdited(String label, java.util.function.Consumer<Workbench> change,
                          java.util.function.Consumer<Workbench> inverse) implements CodingEdit {

        @Override
        public int turn() {
            return 0;
        }

        @Override
        public void undo(Workbench workbench) {
            inverse.accept(workbench);
        }

        @Override
        public void redo(Workbench workbench) {
            change.accept(workbench);
        }
    }

    /** A coding removed. */
    record Removed(Coding removed, String label) implements CodingEdit {

        @Override
        public int turn() {
            return removed.span().startTurn();
        }

        @Override
        public void undo(Workbench workbench) {
            restore(workbench, removed);
        }

        @Override
        public void redo(Workbench workbench) {
            workbench.removeCode(removed.coder(), removed.transcript(), removed.codeId(), removed.span());
        }
    }

    /** A transcript marked done by a coder, or the mark taken back. */
    record DoneMarked(String coder, String transcript, boolean done, String label) implements CodingEdit {

        @Override
        public int turn() {
            return 0;
        }

        @Override
        public void undo(Workbench workbench) {
            workbench.markDone(coder, List.of(transcript), !done);
        }

        @Override
        public void redo(Workbench workbench) {
            workbench.markDone(coder, List.of(transcript), done);
        }
    }
}
