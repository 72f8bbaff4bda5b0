package org.attune.transcript;

import java.util.List;

/** Reads plain-text transcripts: {@code Speaker: text} lines, with the forms {@link LineTurnParser} knows. */
final class PlainTextReader implements TranscriptReader {

    @Override
    public List<String> read(String fileName, byte[] content, TurnSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        return ParsedTranscript.warnings(decoded.warning(), LineTurnParser.parse(fileName, decoded.text(), sink));
    }
}
