package org.attune.workbench;

import java.time.Instant;
import java.util.Map;
import org.attune.model.Codebook;

/**
 * A project's codebook as it is now.
 *
 * @param codebook the codebook
 * @param version the project's version number of it, from 1
 * @param savedAt when that version was made
 * @param change what made it
 * @param codings how many codings each code has
 */
public record CurrentCodebook(Codebook codebook, int version, Instant savedAt, String change, Map<String, Long> codings) {

    public CurrentCodebook {
        codings = Map.copyOf(codings);
    }

    public long codingsOf(String codeId) {
        return codings.getOrDefault(codeId, 0L);
    }
}
