package org.attune.transcript;

import java.util.List;

/** Reads plain-text transcripts: {@code Speaker: text} lines, with the forms {@link LineTurnParser} knows. */
final class PlainTextReader implements TranscriptReader {

    @Override
    public ParsedTranscript read(String fileName, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        return LineTurnParser.parse(fileName, lines(decoded.text())).withEarlierWarning(decoded.warning());
    }

    /** The lines of a text, split at LF, CRLF, CR and Word's vertical-tab line breaks. */
    static List<String> lines(String text) {
        return text.replace('\u000B', '\n').lines().toList();
    }
}
