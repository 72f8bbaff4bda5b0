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

    /** A warning from before reading (about the encoding) followed by the reader's own. */
    static List<String> warnings(Optional<String> earlier, List<String> reader) {
        if (earlier.isEmpty()) {
            return reader;
        }
        List<String> all = new ArrayList<>(reader.size() + 1);
        all.add(earlier.get());
        all.addAll(reader);
        return all;
    }
}
