package org.attune.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * Checks that turns come in transcript order, and tells where each transcript starts. Every
 * table here is tallied in one pass that only looks back a few turns, so turns out of order would
 * not fail: they would silently give wrong counts. Hence the check, which costs a string
 * comparison a turn.
 */
final class TurnOrder {

    private final Set<String> finished = new HashSet<>();
    private String transcript;
    private int lastTurn;

    /**
     * Takes the next turn: true when it starts a transcript (the first turn, or one of another
     * transcript than the turn before).
     *
     * @throws IllegalArgumentException when the turn's number is not above the last one of its
     *         transcript, or its transcript already ended before another one
     */
    boolean startsTranscript(CodedTurn turn) {
        if (transcript != null && transcript.equals(turn.transcript())) {
            if (turn.turn() <= lastTurn) {
                throw new IllegalArgumentException("turns out of order: turn " + turn.turn() + " of transcript '"
                        + transcript + "' after turn " + lastTurn + ": expected ascending turn numbers");
            }
            lastTurn = turn.turn();
            return false;
        }
        if (transcript != null) {
            finished.add(transcript);
        }
        if (finished.contains(turn.transcript())) {
            throw new IllegalArgumentException("turns out of order: transcript '" + turn.transcript()
                    + "' comes back after other transcripts: expected each transcript's turns together");
        }
        transcript = turn.transcript();
        lastTurn = turn.turn();
        return true;
    }
}
