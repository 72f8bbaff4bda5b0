package org.attune.analysis;

import java.util.Objects;
import java.util.Set;
import org.attune.model.Role;

/**
 * One turn's codes (one coder's, or all coders' together), as the tables of this package read
 * them: in transcript order, every transcript's turns together and by ascending turn number.
 *
 * @param transcript the transcript's name; turns of different transcripts never count together
 * @param turn the turn's number in its transcript, from 1; numbers may skip (a turn left out),
 *        and a skipped number is a turn that is not there, not the next one moved up
 * @param role who speaks the turn
 * @param codes the codes on the turn, as they should appear in the tables (ids or names); empty
 *        when the turn is uncoded, which still counts as a turn
 */
public record CodedTurn(String transcript, int turn, Role role, Set<String> codes) {

    public CodedTurn {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(role, "role");
        if (turn < 1) {
            throw new IllegalArgumentException("turn numbers start at 1, got " + turn + " in " + transcript);
        }
        codes = Set.copyOf(codes);
    }
}
