package org.attune.transcript;

/** Reads plain-text transcripts: {@code Speaker: text} lines, with the forms {@link LineTurnParser} knows. */
final class PlainTextReader implements TranscriptReader {

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        return LineTurnParser.parse(fileName, TextLines.list(decoded.text())).withEarlierWarning(decoded.warning());
    }
}
