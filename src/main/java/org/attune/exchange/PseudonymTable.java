package org.attune.exchange;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attune.io.CsvFormat;
import org.attune.io.FailureReason;

/**
 * Reads a list of names and their replacements ({@code name,replacement}, a header row optional),
 * for sharing transcripts without the names of the people in them.
 */
public final class PseudonymTable {

    /** One name and what it becomes. */
    public record Entry(String name, String replacement, int line) {
    }

    private PseudonymTable() {
    }

    /** @throws CodingsTableFormatException naming the line of the first problem */
    public static List<Entry> read(String fileName, String text) {
        try (CSVReader csv = CsvFormat.reader(fileName, text)) {
            List<Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            long before = 0;
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) before + 1;
                before = csv.getLinesRead();
                if (record.length == 0 || record.length == 1 && record[0].isBlank()) {
                    continue;
                }
                String name = record[0].strip();
                String replacement = record.length > 1 ? record[1].strip() : "";
                if (line == 1 && name.equalsIgnoreCase("name") && replacement.toLowerCase(Locale.ROOT).startsWith("replacement")) {
                    continue;
                }
                if (name.isEmpty() || replacement.isEmpty() || record.length > 2 && !record[2].isBlank()) {
                    throw new CodingsTableFormatException(fileName + ", line " + line + ": expected a name and its replacement"
                            + " (name,replacement), found '" + String.join(",", record) + "'");
                }
                Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
                if (earlier != null) {
                    throw new CodingsTableFormatException(fileName + ", line " + line + ": the name '" + name
                            + "' is already given on line " + earlier);
                }
                entries.add(new Entry(name, replacement, line));
            }
            if (entries.isEmpty()) {
                throw new CodingsTableFormatException(fileName + ": no names: expected lines of name,replacement");
            }
            return entries;
        } catch (IOException | CsvValidationException e) {
            throw new CodingsTableFormatException(fileName + ": not a readable table: " + FailureReason.of(e), e);
        }
    }

    /** The entries as CSV, as read back by {@link #read}. */
    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder("name,replacement\n");
        for (Entry e : entries) {
            out.append(CsvFormat.line(e.name(), e.replacement())).append('\n');
        }
        return out.toString();
    }
}
