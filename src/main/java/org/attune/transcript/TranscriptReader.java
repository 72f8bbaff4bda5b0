package org.attune.transcript;

/** Reads one transcript format. Implementations are stateless and thread-safe. */
public interface TranscriptReader {

    /**
     * Reads the turns of a file.
     *
     * @param fileName the file's name, used in messages
     * @param content the file's bytes
     * @return the turns found, at least one
     * @throws TranscriptFormatException when the content is not a transcript of this format
     */
    ParsedTranscript read(String fileName, byte[] content);
}
