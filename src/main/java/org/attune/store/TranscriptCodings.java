package org.attune.store;

import java.util.List;
import org.attune.model.Role;

/**
 * A transcript's turns' roles and the whole-turn facts of some coders' codings, in columns: what
 * agreement reads of a project, without the turns' text or the codings' offsets, memos and times.
 * Reading a million turns this way takes a fraction of building every Turn and Coding.
 *
 * @param transcript the transcript's name
 * @param roles each turn's role, turn 1 first
 * @param coder per coding, the coder's name
 * @param code per coding, the code's id
 * @param startTurn per coding, its first turn
 * @param endTurn per coding, its last turn
 * @param value per coding, the level's value; NaN for a flag
 */
public record TranscriptCodings(String transcript, List<Role> roles, String[] coder, String[] code, int[] startTurn,
                                int[] endTurn, double[] value) {

    public int size() {
        return coder.length;
    }
}
