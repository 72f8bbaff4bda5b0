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
import org.attune.io.CsvSeparator;
import org.attune.io.FailureReason;

/**
 * Reads ratings from elsewhere in the long form R's irr, SPSS and ReCal users keep: one row per
 * rating, with columns {@code unit,coder,value}; a missing rating is an absent row. A unit and
 * coder given twice with different values is an error; given twice the same, once.
 */
public final class RatingsTable {

    /** One rating, with the line it came from. */
    public record Rating(String unit, String coder, String value, int line) {
    }

    private static final List<String> COLUMNS = List.of("unit", "coder", "value");

    private RatingsTable() {
    }

    /** @throws CodingsTableFormatException naming the line and column of the first problem */
    public static List<Rating> readCsv(String fileName, String text) {
        char separator = CsvSeparator.of(fileName, text);
        try (CSVReader csv = CsvFormat.reader(text, separator, CsvFormat.DEFAULT_MULTILINE_LIMIT)) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new CodingsTableFormatException(fileName + ": empty: expected a header row unit,coder,value and one "
                        + "row per rating");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].strip().replace("\ufeff", "").toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CodingsTableFormatException(fileName + ", line 1: no column " + String.join(", ", missing)
                        + "; expected the columns unit,coder,value, found " + String.join(",", header));
            }
            List<Rating> ratings = new ArrayList<>();
            Map<String, Rating> seen = new HashMap<>();
            long before = csv.getLinesRead();
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) before + 1;
                before = csv.getLinesRead();
                if (java.util.Arrays.stream(record).allMatch(String::isBlank)) {
                    continue;
                }
                String unit = cell(fileName, line, record, columns, "unit");
                String coder = cell(fileName, line, record, columns, "coder");
                String value = cell(fileName, line, record, columns, "value");
                Rating rating = new Rating(unit, coder, value, line);
                Rating earlier = seen.putIfAbsent(unit + "\u001f" + coder, rating);
                if (earlier == null) {
                    ratings.add(rating);
                } else if (!earlier.value().equals(value)) {
                    throw new CodingsTableFormatException(fileName + ", line " + line + ": coder '" + coder + "' rates unit '"
                            + unit + "' " + value + " here and " + earlier.value() + " on line " + earlier.line()
                            + "; a coder gives a unit one rating");
                }
            }
            return ratings;
        } catch (IOException | CsvValidationException e) {
            throw new CodingsTableFormatException(fileName + ": not a readable table: " + FailureReason.of(e), e);
        }
    }

    private static String cell(String fileName, int line, String[] record, Map<String, Integer> columns, String column) {
        int at = columns.get(column);
        String value = at < record.length ? record[at].strip() : "";
        if (value.isEmpty()) {
            throw new CodingsTableFormatException(fileName + ", line " + line + ", column '" + column + "': empty; "
                    + (column.equals("value") ? "leave out the row of a missing rating" : "every rating names its " + column));
        }
        return value;
    }
}
