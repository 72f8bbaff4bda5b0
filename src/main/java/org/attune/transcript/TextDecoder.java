package org.attune.transcript;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text transcript into text: UTF-8 with or without a byte order mark,
 * UTF-16 with one, and otherwise windows-1252 (what Word on Windows saves as "plain text"), with
 * a warning. Binary files are refused here, before any reader sees them.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More C0 control characters than this share of the text means it is not a transcript. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int MIN_CONTROLS_FOR_BINARY = 8;

    private TextDecoder() {
    }

    /** Decoded text, and a warning when the encoding had to be guessed. */
    record Decoded(String text, Charset charset, Optional<String> warning) {
    }

    static Decoded decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(fileName, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, Optional.empty());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(fileName, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Optional.empty());
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new TranscriptFormatException(fileName, null, "binary data (a NUL byte at offset " + nul
                    + "): expected a text file in UTF-8, or UTF-16 with a byte order mark");
        }
        String text;
        Optional<String> warning = Optional.empty();
        Charset charset;
        try {
            text = utf8(bytes);
            charset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            text = new String(bytes, WINDOWS_1252);
            charset = WINDOWS_1252;
            warning = Optional.of(fileName + " is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                    + "); read it as windows-1252: check accented letters and quotes");
        }
        refuseControlCharacters(fileName, text);
        return new Decoded(text, charset, warning);
    }

    /**
     * Strict UTF-8. The String constructor is the fast way in, but it replaces malformed bytes with
     * U+FFFD: only when the result holds one does the strict decoder look, to tell a real U+FFFD
     * from a malformed byte.
     */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
        }
        return text;
    }

    private static String strict(String fileName, byte[] bytes, int skip, Charset charset) {
        try {
            String text = decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            refuseControlCharacters(fileName, text);
            return text;
        } catch (MalformedInputException e) {
            throw new TranscriptFormatException(fileName, null, "starts with a " + charset.name()
                    + " byte order mark but is not valid " + charset.name());
        } catch (CharacterCodingException e) {
            throw new TranscriptFormatException(fileName, null, "is not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    private static void refuseControlCharacters(String fileName, String text) {
        int controls = 0;
        int firstAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Tab, line feed, vertical tab (Word's manual line break), form feed, carriage return.
            if (c < 0x20 && (c < '\t' || c > '\r')) {
                if (firstAt < 0) {
                    firstAt = i;
                }
                controls++;
            }
        }
        // A stray control character is a transcriber's slip; many of them are binary data.
        if (controls >= MIN_CONTROLS_FOR_BINARY && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line(lineAt(text, firstAt)),
                    "binary data (control character 0x" + String.format("%02X", (int) text.charAt(firstAt))
                            + "): expected a text file");
        }
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
