package org.attune.ui;

import org.attune.model.Span;
import org.attune.model.Transcript;
import org.attune.model.Turn;

/**
 * Where the coder is in the transcript: a turn, and optionally a stretch of its text selected.
 *
 * @param turn the turn, from 1
 * @param selectionStart start of the selected text in code points, or -1 for the whole turn
 * @param selectionEnd end of the selected text in code points, exclusive
 */
record TurnCursor(int turn, int selectionStart, int selectionEnd) {

    static TurnCursor at(int turn) {
        return new TurnCursor(turn, -1, -1);
    }

    boolean wholeTurn() {
        return selectionStart < 0 || selectionEnd <= selectionStart;
    }

    /** The span a code goes on: the selection, or the whole turn. */
    Span span(Transcript transcript) {
        Turn t = transcript.turn(turn);
        if (wholeTurn() || selectionStart == 0 && selectionEnd >= t.codePoints()) {
            return Span.wholeTurn(turn, t.codePoints());
        }
        return new Span(turn, selectionStart, turn, Math.min(selectionEnd, t.codePoints()));
    }
}
