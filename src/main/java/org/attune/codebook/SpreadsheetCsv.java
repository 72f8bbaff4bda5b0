package org.attune.codebook;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attune.io.CellText;
import org.attune.io.CsvFormat;
import org.attune.io.CsvSeparator;
import org.attune.io.FailureReason;

/**
 * A CSV or TSV codebook read as rows of text, with OpenCSV. Fields are quoted as RFC 4180 has it,
 * as Excel writes them: a quoted field may hold line breaks (several examples in one cell), and a
 * backslash is an ordinary character. The separator is chosen as for transcripts ({@link CsvSeparator}).
 */
final class SpreadsheetCsv {

    /** A cell may hold many lines, but an unclosed quote must not swallow the rest of the file unnoticed. */
    private static final int MAX_LINES_PER_ROW = 1_000;

    private SpreadsheetCsv() {
    }

    /**
     * The file's rows, numbered as a spreadsheet program shows them: a row whose cell runs over
     * several lines is one row.
     *
     * @param notes receives a note when the encoding had to be guessed
     */
    static List<SpreadsheetRow> rows(String fileName, byte[] content, List<String> notes) {
        SpreadsheetText decoded = SpreadsheetText.decode(fileName, content);
        decoded.note().ifPresent(notes::add);
        char separator = CsvSeparator.of(fileName, decoded.text());
        CSVReader csv = CsvFormat.reader(decoded.text(), separator, MAX_LINES_PER_ROW);
        List<SpreadsheetRow> rows = new ArrayList<>();
        try {
            for (String[] record; (record = csv.readNext()) != null; ) {
                rows.add(SpreadsheetRow.of(rows.size() + 1, Arrays.stream(record).map(CellText::restored).toList()));
            }
        } catch (IOException | CsvValidationException | RuntimeException e) {
            throw new CodebookFormatException(fileName, new CodebookProblem("row " + (rows.size() + 1),
                    "expected a well-formed " + (separator == '\t' ? "TSV" : "CSV") + " row: " + FailureReason.of(e)), e);
        }
        return rows;
    }

}
