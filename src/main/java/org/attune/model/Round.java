package org.attune.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A coding round: which coders code which transcripts, and whether blind to each other's codings.
 *
 * @param name the round's name, unique in its project
 * @param blind whether each coder works without seeing the others' codings
 * @param coders the coders, in the order given
 * @param transcripts the transcripts, by name
 * @param created when it was made
 */
public record Round(String name, boolean blind, List<String> coders, List<String> transcripts, Instant created) {

    public Round {
        Objects.requireNonNull(name, "name");
        coders = List.copyOf(coders);
        transcripts = List.copyOf(transcripts);
        Objects.requireNonNull(created, "created");
    }
}
