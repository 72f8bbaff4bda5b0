package org.attune.workbench;

import java.util.List;
import org.attune.model.Coding;

/**
 * What applying a code did.
 *
 * @param coding the coding as stored
 * @param replaced the same coder's codings of the same exclusive group on those turns, now removed
 */
public record CodingChange(Coding coding, List<Coding> replaced) {

    public CodingChange {
        replaced = List.copyOf(replaced);
    }
}
