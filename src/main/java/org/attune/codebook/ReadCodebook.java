package org.attune.codebook;

import java.util.List;
import org.attune.model.Codebook;

/**
 * A codebook read from a file, and what the file held that Attune could not keep (reported, as
 * REFI-QDA asks of importers).
 *
 * @param codebook the codebook
 * @param discarded what was left out, one line each
 */
public record ReadCodebook(Codebook codebook, List<String> discarded) {

    public ReadCodebook {
        discarded = List.copyOf(discarded);
    }
}
