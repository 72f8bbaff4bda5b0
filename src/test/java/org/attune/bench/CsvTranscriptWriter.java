package org.attune.bench;

import com.opencsv.CSVWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code start,end,speaker,text} with OpenCSV, quoting only the cells that need it, as spreadsheets save them. */
final class CsvTranscriptWriter implements TranscriptFileWriter {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public void write(List<GeneratedTurn> turns, Path file) throws IOException {
        try (CSVWriter csv = new CSVWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            csv.writeNext(new String[] {"start", "end", "speaker", "text"}, false);
            for (GeneratedTurn turn : turns) {
                csv.writeNext(new String[] {ClockTime.millis(turn.startMs(), '.'), ClockTime.millis(turn.endMs(), '.'),
                    turn.speaker(), turn.text()}, false);
            }
        }
    }
}
