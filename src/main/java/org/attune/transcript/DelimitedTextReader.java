package org.attune.transcript;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.attune.io.CsvFormat;
import org.attune.io.CsvSeparator;
import org.attune.io.FailureReason;

/**
 * Reads CSV and TSV transcripts (with OpenCSV): a header row naming at least a speaker and a text
 * column, optionally start and end times and a role, then one row per turn, separated as
 * {@link CsvSeparator} decides.
 */
final class DelimitedTextReader implements TranscriptReader {

    /** A quoted field may span lines, but an unclosed quote must not swallow the rest of the file unnoticed. */
    private static final int MAX_LINES_PER_RECORD = 200;

    @Override
    public List<String> read(String fileName, byte[] content, TurnSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(fileName, content);
        String text = decoded.text();
        char separator = CsvSeparator.of(fileName, text);
        CSVReader csv = CsvFormat.reader(text, separator, MAX_LINES_PER_RECORD);
        TableTurns turns = null;
        long linesBefore = 0;
        try {
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) linesBefore + 1;
                linesBefore = csv.getLinesRead();
                List<String> cells = Arrays.asList(record);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (turns == null) {
                    Optional<TranscriptColumns> columns = TranscriptColumns.fromHeader(cells);
                    if (columns.isEmpty()) {
                        throw new TranscriptFormatException(fileName, TranscriptFormatException.line(line),
                                TranscriptColumns.whatIsMissing(cells));
                    }
                    turns = new TableTurns(fileName, columns.get(), sink);
                } else {
                    turns.row(line, TranscriptFormatException.line(line), cells);
                }
            }
        } catch (IOException | CsvValidationException e) {
            throw new TranscriptFormatException(fileName, TranscriptFormatException.line((int) linesBefore + 1),
                    "expected a well-formed " + (separator == '\t' ? "TSV" : "CSV") + " row: " + FailureReason.of(e), e);
        }
        if (turns == null) {
            throw new TranscriptFormatException(fileName, null, "empty: expected a header row such as 'speaker,text'");
        }
        if (turns.finish() == 0) {
            throw new TranscriptFormatException(fileName, null, "no turns found: the header is there but no row has a speaker and text");
        }
        return ParsedTranscript.warnings(decoded.warning(), List.of());
    }

}
