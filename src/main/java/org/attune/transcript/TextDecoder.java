package org.attune.transcript;

import java.nio.charset.Charset;
import java.util.Optional;
import org.attune.io.TextDecoding;
import org.attune.io.UnreadableTextException;

/** The text of a transcript file, decoded by {@link TextDecoding}, with its problems in the readers' terms. */
final class TextDecoder {

    private TextDecoder() {
    }

    /** Decoded text, and a warning when the encoding had to be guessed. */
    record Decoded(String text, Charset charset, Optional<String> warning) {
    }

    static Decoded decode(String fileName, byte[] bytes) {
        try {
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
            return new Decoded(decoded.text(), decoded.charset(), decoded.guess().map(guess -> fileName + " is " + guess
                    + "; read it as " + decoded.charset().name() + ": check accented letters and quotes"));
        } catch (UnreadableTextException e) {
            throw new TranscriptFormatException(fileName, e.line() == 0 ? null : TranscriptFormatException.line(e.line()),
                    e.getMessage());
        }
    }
}
