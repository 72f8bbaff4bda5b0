package org.attune.workbench;

import java.util.Map;
import org.attune.model.Round;

/**
 * A round and where each of its coders stands on each of its transcripts.
 *
 * @param round the round
 * @param progress coder to transcript to progress
 */
public record RoundProgress(Round round, Map<String, Map<String, Stage>> progress) {

    /** How far a coder is with a transcript: nothing coded, something coded, or marked done. */
    public enum Stage {
        NOT_STARTED, STARTED, DONE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** How many of the round's transcripts a coder has at this stage. */
    public long count(String coder, Stage stage) {
        return progress.get(coder).values().stream().filter(s -> s == stage).count();
    }
}
