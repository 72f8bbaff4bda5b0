package org.attune.store;

import java.time.Instant;

/**
 * One settled disagreement of a consensus coder.
 *
 * @param transcript the transcript
 * @param turn the turn, from 1
 * @param subject the code's or exclusive group's id
 * @param compared presence, choice or level
 * @param originals every compared coder's rating, as "anna=present; ben=absent"
 * @param decision the rating settled on
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record ConsensusDecision(String transcript, int turn, String subject, String compared, String originals,
                                String decision, String decidedBy, Instant decidedAt) {
}
