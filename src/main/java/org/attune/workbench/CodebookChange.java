package org.attune.workbench;

import java.util.List;

/**
 * What a change of the codebook did.
 *
 * @param version the project's codebook version it made
 * @param change what the change was, as kept in the history
 * @param effects what else happened: codings moved or deleted, what a file held that was not kept
 */
public record CodebookChange(int version, String change, List<String> effects) {

    public CodebookChange {
        effects = List.copyOf(effects);
    }
}
