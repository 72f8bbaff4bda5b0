package org.attune.workbench;

import java.util.Objects;
import org.attune.agreement.Comparison;

/**
 * One disagreement settled: which unit, and what the consensus coder takes there.
 *
 * @param transcript the transcript's name
 * @param turn the turn, from 1
 * @param subject the code's id (presence, level) or the exclusive group's id (choice)
 * @param comparison what was compared
 * @param decision "present" or "absent"; a code id of the group or "none"; a level's value or "none"
 */
public record Settlement(String transcript, int turn, String subject, Comparison comparison, String decision) {

    public Settlement {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(decision, "decision");
    }
}
