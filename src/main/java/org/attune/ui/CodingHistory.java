package org.attune.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The undo and redo stacks of coding actions. A new action clears what could be redone, as in any editor. */
final class CodingHistory {

    /** Enough for a long session; the oldest go first. */
    static final int LIMIT = 1000;

    private final Deque<CodingEdit> undo = new ArrayDeque<>();
    private final Deque<CodingEdit> redo = new ArrayDeque<>();

    void done(CodingEdit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<CodingEdit> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<CodingEdit> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** Moves the next edit to undo onto the redo stack; call after it was undone. */
    void undone() {
        redo.push(undo.pop());
    }

    /** Moves the next edit to redo onto the undo stack; call after it was redone. */
    void redone() {
        undo.push(redo.pop());
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
