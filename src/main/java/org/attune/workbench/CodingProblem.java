package org.attune.workbench;

import java.util.Objects;
import org.attune.model.Coding;

/**
 * A coding the project holds that breaks the rules every new coding must keep (see {@code CodingRules}):
 * one that came in before those rules were applied to every door, as by a hand-edited pack.
 *
 * @param coding the coding as stored
 * @param reason what is wrong with it
 */
public record CodingProblem(Coding coding, String reason) {

    public CodingProblem {
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(reason, "reason");
    }
}
