package org.attune.index;

import java.util.Set;
import org.attune.model.Role;

/** Hears the corpus turn by turn, in transcript order, with one coder's codes or all coders'. */
@FunctionalInterface
public interface TurnVisitor {

    /**
     * @param transcript the transcript's name
     * @param turn the turn's number, from 1
     * @param role who speaks it
     * @param codes the ids of the codes on it, an unmodifiable set that may be shared with other turns
     */
    void turn(String transcript, int turn, Role role, Set<String> codes);
}
