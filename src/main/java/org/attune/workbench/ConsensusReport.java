package org.attune.workbench;

import java.util.List;
import org.attune.agreement.Disagreement;

/**
 * Where a consensus coder stands.
 *
 * @param coder the consensus coder
 * @param of the coders it settles
 * @param takenOver codings taken over now from units where the coders agree
 * @param settled decisions applied now
 * @param decided all decisions recorded so far
 * @param open the disagreements still to settle, with each coder's rating
 * @param changed the transcripts whose consensus codings changed now
 */
public record ConsensusReport(String coder, List<String> of, int takenOver, int settled, int decided, List<Disagreement> open,
                              List<String> changed) {
}
