package org.attune.model;

import java.util.List;
import java.util.Objects;

/**
 * Consecutive turns of a transcript, read without the rest: what checking a coding or rewriting
 * a few turns' index documents needs, at the same cost in a long transcript as in a short one.
 *
 * @param transcript the transcript, which says how many turns it has in all
 * @param turns the turns, consecutive, within 1 to {@code transcript.turnCount()}
 */
public record TurnStretch(TranscriptSummary transcript, List<Turn> turns) {

    public TurnStretch {
        Objects.requireNonNull(transcript, "transcript");
        turns = List.copyOf(turns);
        for (int i = 1; i < turns.size(); i++) {
            if (turns.get(i).number() != turns.get(0).number() + i) {
                throw new IllegalArgumentException("transcript " + transcript.name() + ": turns of a stretch are consecutive, "
                        + "found " + turns.get(i).number() + " after " + turns.get(i - 1).number());
            }
        }
        if (!turns.isEmpty() && (turns.get(0).number() < 1 || turns.getLast().number() > transcript.turnCount())) {
            throw new IllegalArgumentException("transcript " + transcript.name() + " has turns 1 to " + transcript.turnCount()
                    + ", not " + turns.get(0).number() + " to " + turns.getLast().number());
        }
    }

    /** The first turn's number, or 0 for a stretch of none. */
    public int first() {
        return turns.isEmpty() ? 0 : turns.get(0).number();
    }

    /** The last turn's number, or -1 for a stretch of none. */
    public int last() {
        return turns.isEmpty() ? -1 : turns.getLast().number();
    }

    /** Whether it holds turn {@code number}. */
    public boolean holds(int number) {
        return number >= first() && number <= last();
    }

    /**
     * A turn by its number.
     *
     * @throws IllegalArgumentException when the stretch does not hold it
     */
    public Turn turn(int number) {
        if (!holds(number)) {
            throw new IllegalArgumentException("transcript " + transcript.name() + ": turn " + number + " was not read (turns "
                    + first() + " to " + last() + " were)");
        }
        return turns.get(number - first());
    }
}
