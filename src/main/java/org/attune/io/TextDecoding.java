package org.attune.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a text file from a user into text: UTF-8 with or without a byte order mark,
 * UTF-16 with one (Excel's "Unicode text"), and otherwise windows-1252 (what Word and Excel on
 * Windows save as plain text and CSV), saying so. Binary data is refused before anyone parses it.
 */
public final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A stray control character is a slip; this many, and more than this share of the text, is binary data. */
    private static final int MIN_CONTROLS_FOR_BINARY = 8;
    private static final double MAX_CONTROL_SHARE = 0.01;

    private TextDecoding() {
    }

    /**
     * Decoded text.
     *
     * @param text the text, without a byte order mark
     * @param charset what it was read as
     * @param guess when the encoding was guessed, why: "not valid UTF-8 (byte 0xE9 at offset 14)"
     */
    public record Decoded(String text, Charset charset, Optional<String> guess) {
    }

    /**
     * Decodes the bytes of a text file.
     *
     * @throws UnreadableTextException for binary data, or a byte order mark the rest does not match
     */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(utf16(bytes, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(utf16(bytes, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Optional.empty());
        }
        // In UTF-8 and windows-1252 alike, a byte below 0x20 is that control character and nothing else.
        refuseControlBytes(bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            try {
                return new Decoded(utf8(bytes, 3), StandardCharsets.UTF_8, Optional.empty());
            } catch (CharacterCodingException e) {
                throw new UnreadableTextException("starts with a UTF-8 byte order mark but is not valid UTF-8", 0);
            }
        }
        try {
            return new Decoded(utf8(bytes, 0), StandardCharsets.UTF_8, Optional.empty());
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, Optional.of("not valid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF) + " at offset " + offset + ")"));
        }
    }

    /**
     * Strict UTF-8. The String constructor is the fast way in, but it replaces malformed bytes with
     * U+FFFD: only when the result holds one does the strict decoder look, to tell a real U+FFFD
     * from a malformed byte.
     */
    private static String utf8(byte[] bytes, int skip) throws CharacterCodingException {
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
        }
        return text;
    }

    private static String utf16(byte[] bytes, Charset charset) {
        String text;
        try {
            text = decoder(charset).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTextException("starts with a " + charset.name() + " byte order mark but is not valid "
                    + charset.name(), 0);
        }
        int controls = 0;
        int first = -1;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                first = first < 0 ? i : first;
                controls++;
            }
        }
        if (first >= 0) {
            refuseIfBinary(controls, text.length(), text.charAt(first), (int) text.substring(0, first).chars().filter(c -> c == '\n').count());
        }
        return text;
    }

    /** Refuses NUL bytes, and more than a few other control characters: both mean binary data. */
    private static void refuseControlBytes(byte[] bytes) {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b >= 0 && b < 0x20 && isControl((char) b)) {
                if (b == 0) {
                    throw new UnreadableTextException("binary data (a NUL byte at offset " + i
                            + "): expected a text file in UTF-8, or UTF-16 with a byte order mark", 0);
                }
                first = first < 0 ? i : first;
                controls++;
            }
        }
        if (first >= 0) {
            int newlines = 0;
            for (int i = 0; i < first; i++) {
                newlines += bytes[i] == '\n' ? 1 : 0;
            }
            refuseIfBinary(controls, bytes.length, (char) bytes[first], newlines);
        }
    }

    /** A C0 control character other than tab, line feed, vertical tab (Word's line break), form feed and carriage return. */
    private static boolean isControl(char c) {
        return c < 0x20 && (c < '\t' || c > '\r');
    }

    private static void refuseIfBinary(int controls, int length, char first, int linesBefore) {
        if (controls >= MIN_CONTROLS_FOR_BINARY && controls > length * MAX_CONTROL_SHARE) {
            throw new UnreadableTextException("binary data (control character 0x"
                    + String.format(Locale.ROOT, "%02X", (int) first) + "): expected a text file", linesBefore + 1);
        }
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
}
