package org.attune.model;

/**
 * Where a coding lies: from an offset in one turn to an offset in the same or a later turn,
 * offsets in Unicode code points, the end exclusive. Anchored to turns, a span survives anything
 * but an edit of those turns' text.
 *
 * @param startTurn the first turn, from 1
 * @param startOffset where in the first turn it starts
 * @param endTurn the last turn
 * @param endOffset where in the last turn it ends, exclusive
 */
public record Span(int startTurn, int startOffset, int endTurn, int endOffset) {

    public Span {
        if (startTurn < 1 || endTurn < startTurn) {
            throw new IllegalArgumentException("a span runs from turn " + startTurn + " to turn " + endTurn);
        }
        if (startOffset < 0 || endOffset < 0 || startTurn == endTurn && endOffset <= startOffset) {
            throw new IllegalArgumentException("a span in turn " + startTurn + " runs from " + startOffset + " to " + endOffset);
        }
    }

    /** A whole turn, whose text is {@code codePoints} long. */
    public static Span wholeTurn(int turn, int codePoints) {
        return new Span(turn, 0, turn, Math.max(1, codePoints));
    }

    /** Whether this span is exactly one whole turn of the given length. */
    public boolean isWholeTurn(int codePoints) {
        return startTurn == endTurn && startOffset == 0 && endOffset == Math.max(1, codePoints);
    }

    public boolean covers(int turn) {
        return turn >= startTurn && turn <= endTurn;
    }
}
