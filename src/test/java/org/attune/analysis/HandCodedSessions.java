package org.attune.analysis;

import static org.attune.model.Role.CLIENT;
import static org.attune.model.Role.THERAPIST;

import java.util.List;
import java.util.Set;
import org.attune.model.Role;

/** Small coded sessions whose tables are worked out by hand in the tests that use them. */
final class HandCodedSessions {

    private HandCodedSessions() {
    }

    /**
     * Two sessions, therapist and client alternating, coded with the Conversational Model's
     * amplification and repair (therapist) and narrative, feeling and withdrawal (client).
     *
     * <pre>
     * s1  1 T amplification           s2 13 C withdrawal
     *     2 C narrative                  14 T repair
     *     3 T amplification              15 C narrative, withdrawal
     *     4 C narrative, feeling         16 T amplification
     *     5 T repair                     17 C feeling
     *     6 C withdrawal
     *     7 T amplification, repair
     *       (turn 8 left out)
     *     9 C withdrawal
     *    10 T (uncoded)
     *    11 C narrative
     *    12 T repair
     * </pre>
     *
     * s2 is an excerpt, its turns 13-17 only: its first number follows s1's last, so a tally that
     * ran across transcripts would take s1:12 and s2:13 for neighbours. 16 turns in all.
     */
    static List<CodedTurn> twoSessions() {
        return List.of(
                turn("s1", 1, THERAPIST, "amplification"),
                turn("s1", 2, CLIENT, "narrative"),
                turn("s1", 3, THERAPIST, "amplification"),
                turn("s1", 4, CLIENT, "narrative", "feeling"),
                turn("s1", 5, THERAPIST, "repair"),
                turn("s1", 6, CLIENT, "withdrawal"),
                turn("s1", 7, THERAPIST, "amplification", "repair"),
                turn("s1", 9, CLIENT, "withdrawal"),
                turn("s1", 10, THERAPIST),
                turn("s1", 11, CLIENT, "narrative"),
                turn("s1", 12, THERAPIST, "repair"),
                turn("s2", 13, CLIENT, "withdrawal"),
                turn("s2", 14, THERAPIST, "repair"),
                turn("s2", 15, CLIENT, "narrative", "withdrawal"),
                turn("s2", 16, THERAPIST, "amplification"),
                turn("s2", 17, CLIENT, "feeling"));
    }

    /**
     * A shorter pair of transcripts for co-occurrence.
     *
     * <pre>
     * a  1 T amplification           b  7 C narrative
     *    2 C narrative, feeling         8 T repair
     *    3 T amplification              9 C (uncoded)
     *      (turn 4 left out)
     *    5 C withdrawal
     *    6 T repair
     * </pre>
     *
     * b is an excerpt starting at turn 7, so a:6 and b:7 differ by one but are no neighbours.
     */
    static List<CodedTurn> shortSessions() {
        return List.of(
                turn("a", 1, THERAPIST, "amplification"),
                turn("a", 2, CLIENT, "narrative", "feeling"),
                turn("a", 3, THERAPIST, "amplification"),
                turn("a", 5, CLIENT, "withdrawal"),
                turn("a", 6, THERAPIST, "repair"),
                turn("b", 7, CLIENT, "narrative"),
                turn("b", 8, THERAPIST, "repair"),
                turn("b", 9, CLIENT));
    }

    static CodedTurn turn(String transcript, int number, Role role, String... codes) {
        return new CodedTurn(transcript, number, role, Set.of(codes));
    }
}
