package org.attune.codebook;

import java.util.List;
import java.util.Map;
import org.attune.model.Codebook;

/**
 * A codebook read from a file, and what the file held that Attune could not keep (reported, as
 * REFI-QDA asks of importers).
 *
 * @param codebook the codebook
 * @param discarded what was left out, one line each
 * @param codeIdsByGuid for a REFI-QDA file, each codable code's id by its GUID (normalised)
 */
public record ReadCodebook(Codebook codebook, List<String> discarded, Map<String, String> codeIdsByGuid) {

    public ReadCodebook {
        discarded = List.copyOf(discarded);
        codeIdsByGuid = Map.copyOf(codeIdsByGuid);
    }

    /** A codebook from a file that names codes by id only. */
    public ReadCodebook(Codebook codebook, List<String> discarded) {
        this(codebook, discarded, Map.of());
    }

    /**
     * The Attune id a code of the file was given, by the file's GUID (lower case, without braces),
     * for placing a REFI-QDA project's codings; empty for a GUID that is no codable code.
     */
    public java.util.Optional<String> codeId(String guid) {
        return java.util.Optional.ofNullable(codeIdsByGuid.get(org.attune.io.RefiGuid.normal(guid)));
    }
}
