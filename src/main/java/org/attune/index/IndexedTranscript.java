package org.attune.index;

import java.util.List;
import java.util.Objects;
import org.attune.model.Coding;
import org.attune.model.TranscriptSummary;
import org.attune.model.Turn;

/**
 * What the index holds of one transcript: where it lies, its turns and every coder's codings.
 *
 * @param summary the transcript's name and session
 * @param turns its turns, in order
 * @param codings all codings of it, by every coder
 */
public record IndexedTranscript(TranscriptSummary summary, List<Turn> turns, List<Coding> codings) {

    public IndexedTranscript {
        Objects.requireNonNull(summary, "summary");
        turns = List.copyOf(turns);
        codings = List.copyOf(codings);
    }

    public String name() {
        return summary.name();
    }
}
