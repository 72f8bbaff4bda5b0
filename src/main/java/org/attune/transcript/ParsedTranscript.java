package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader found in a file: the turns in order, and warnings about what it read leniently
 * (an encoding guessed, lines skipped before the first speaker).
 */
public record ParsedTranscript(List<Utterance> utterances, List<String> warnings) {

    public ParsedTranscript {
        utterances = List.copyOf(utterances);
        warnings = List.copyOf(warnings);
    }

    /** The same turns, with a warning that came before reading (about the encoding) put first. */
    ParsedTranscript withEarlierWarning(Optional<String> warning) {
        if (warning.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings.size() + 1);
        all.add(warning.get());
        all.addAll(warnings);
        return new ParsedTranscript(utterances, all);
    }
}
