package org.attune.codebook;

import java.util.List;
import java.util.Optional;
import org.attune.io.TextDecoding;
import org.attune.io.UnreadableTextException;

/**
 * The text of a CSV or TSV codebook: UTF-8 with or without a byte order mark, UTF-16 with one (what
 * Excel's "Unicode text" is), and otherwise windows-1252 (Excel's plain "CSV" on Windows), with a
 * note. Binary content is refused, with a hint when it is a workbook under a .csv name.
 *
 * @param text the decoded text
 * @param note a note for the reader when the encoding was guessed
 */
record SpreadsheetText(String text, Optional<String> note) {

    static SpreadsheetText decode(String fileName, byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw refused(fileName, "it is a ZIP archive, not text: is it an Excel workbook? Name it .xlsx");
        }
        try {
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
            return new SpreadsheetText(decoded.text(), decoded.guess().map(guess -> "the file is " + guess + ", so it was "
                    + "read as windows-1252 (Excel's CSV on Windows): check accented letters and quotes, or save it as "
                    + "'CSV UTF-8'"));
        } catch (UnreadableTextException e) {
            throw new CodebookFormatException(fileName, List.of(new CodebookProblem(e.line() == 0 ? "" : "row " + e.line(),
                    e.getMessage())));
        }
    }

    private static CodebookFormatException refused(String fileName, String message) {
        return new CodebookFormatException(fileName, List.of(new CodebookProblem("", message)));
    }
}
