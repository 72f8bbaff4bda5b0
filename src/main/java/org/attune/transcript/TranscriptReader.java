package org.attune.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads one transcript format. Implementations are stateless and thread-safe. */
public interface TranscriptReader {

    /**
     * Reads the turns of a file, handing each to {@code sink}, in order, as soon as it is complete,
     * so that a large file can be stored while it is still being read.
     *
     * @param fileName the file's name, used in messages
     * @param content the file's bytes
     * @param sink receives the turns; there is at least one unless this throws
     * @return warnings about what was read leniently
     * @throws TranscriptFormatException when the content is not a transcript of this format; the
     *     turns handed over before it are to be thrown away
     */
    List<String> read(String fileName, byte[] content, TurnSink sink);

    /** Reads all the turns of a file at once. */
    default ParsedTranscript read(String fileName, byte[] content) {
        List<Utterance> utterances = new ArrayList<>();
        List<String> warnings = read(fileName, content, utterances::add);
        return new ParsedTranscript(utterances, warnings);
    }

    /** Where a reader hands its turns. */
    @FunctionalInterface
    interface TurnSink extends Consumer<Utterance> {
    }
}
