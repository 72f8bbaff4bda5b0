package org.attune.codebook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The text of a CSV or TSV codebook: UTF-8 with or without a byte order mark, UTF-16 with one (what
 * Excel's "Unicode text" is), and otherwise windows-1252 (Excel's plain "CSV" on Windows), with a
 * note. Binary content is refused, with a hint when it is a workbook under a .csv name.
 *
 * @param text the decoded text
 * @param note a note for the reader when the encoding was guessed
 */
record SpreadsheetText(String text, Optional<String> note) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A stray control character is a slip; this many, and a share of the text, is binary data. */
    private static final int MIN_CONTROLS_FOR_BINARY = 8;
    private static final double MAX_CONTROL_SHARE = 0.01;

    static SpreadsheetText decode(String fileName, byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new SpreadsheetText(strict(fileName, bytes, 2, StandardCharsets.UTF_16LE), Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new SpreadsheetText(strict(fileName, bytes, 2, StandardCharsets.UTF_16BE), Optional.empty());
        }
        refuseBinary(fileName, bytes);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new SpreadsheetText(strict(fileName, bytes, 3, StandardCharsets.UTF_8), Optional.empty());
        }
        try {
            return new SpreadsheetText(decoded(bytes, 0, StandardCharsets.UTF_8), Optional.empty());
        } catch (CharacterCodingException e) {
            return new SpreadsheetText(new String(bytes, WINDOWS_1252), Optional.of("the file is not UTF-8, so it was read as "
                    + "windows-1252 (Excel's CSV on Windows): check accented letters and quotes, or save it as 'CSV UTF-8'"));
        }
    }

    private static String strict(String fileName, byte[] bytes, int skip, Charset charset) {
        try {
            String text = decoded(bytes, skip, charset);
            if (text.chars().filter(SpreadsheetText::isControl).count() >= MIN_CONTROLS_FOR_BINARY) {
                throw refused(fileName, "binary data, not text: expected a CSV or TSV file");
            }
            return text;
        } catch (CharacterCodingException e) {
            throw refused(fileName, "it starts with a " + charset.name() + " byte order mark but is not valid " + charset.name());
        }
    }

    private static String decoded(byte[] bytes, int skip, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                .toString();
    }

    /** In UTF-8 and windows-1252 alike a byte below 0x20 is that control character, so bytes tell binary data. */
    private static void refuseBinary(String fileName, byte[] bytes) {
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw refused(fileName, "it is a ZIP archive, not text: is it an Excel workbook? Name it .xlsx");
        }
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw refused(fileName, "binary data (a NUL byte), not text: expected a CSV or TSV file");
            }
            controls += b > 0 && isControl(b) ? 1 : 0;
        }
        if (controls >= MIN_CONTROLS_FOR_BINARY && controls > bytes.length * MAX_CONTROL_SHARE) {
            throw refused(fileName, "binary data (" + controls + " control characters), not text: expected a CSV or TSV file");
        }
    }

    /** A C0 control character other than tab, line feed, vertical tab, form feed and carriage return. */
    private static boolean isControl(int c) {
        return c < 0x20 && (c < '\t' || c > '\r');
    }

    private static CodebookFormatException refused(String fileName, String message) {
        return new CodebookFormatException(fileName, List.of(new CodebookProblem("", message)));
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
