package org.attune.transcript;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small helpers for reader tests. */
final class Texts {

    private Texts() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> speakers(ParsedTranscript parsed) {
        return parsed.utterances().stream().map(Utterance::speaker).toList();
    }

    static List<String> texts(ParsedTranscript parsed) {
        return parsed.utterances().stream().map(Utterance::text).toList();
    }

    static List<Long> starts(ParsedTranscript parsed) {
        return parsed.utterances().stream().map(Utterance::startMs).toList();
    }
}
