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
import org.attune.io.CellText;
import org.attune.io.FailureReason;

/**
 * Reads a consensus team's settled disagreements: the open items Attune listed, with the
 * {@code decision} column filled in (and {@code decided_by}, when the file says who). Rows left
 * without a decision are not settled yet and are skipped.
 */
public final class DecisionsTable {

    /** One settled row, with the line it came from. */
    public record Decision(String transcript, int turn, String code, String compared, String decision, String decidedBy,
                           int line) {
    }

    private static final List<String> REQUIRED = List.of("transcript", "turn", "code", "compared", "decision");

    private DecisionsTable() {
    }

    /** @throws CodingsTableFormatException naming the line and column of the first problem */
    public static List<Decision> readCsv(String fileName, String text) {
        try (CSVReader csv = CsvFormat.reader(fileName, text)) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new CodingsTableFormatException(fileName + ": empty: expected the open items with a decision column");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].strip().replace("\ufeff", "").toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new CodingsTableFormatException(fileName + ", line 1: no column " + String.join(", ", missing)
                        + "; expected the columns " + String.join(",", REQUIRED) + " (and decided_by)");
            }
            List<Decision> out = new ArrayList<>();
            long before = csv.getLinesRead();
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) before + 1;
                before = csv.getLinesRead();
                String decision = cell(record, columns, "decision");
                if (decision.isEmpty()) {
                    continue;
                }
                String turn = cell(record, columns, "turn");
                int number;
                try {
                    number = Integer.parseInt(turn);
                } catch (NumberFormatException e) {
                    throw new CodingsTableFormatException(fileName + ", line " + line + ", column 'turn': expected a turn number, "
                            + "found '" + turn + "'");
                }
                out.add(new Decision(cell(record, columns, "transcript"), number, cell(record, columns, "code"),
                        cell(record, columns, "compared"), decision,
                        columns.containsKey("decided_by") ? cell(record, columns, "decided_by") : "", line));
            }
            return out;
        } catch (IOException | CsvValidationException e) {
            throw new CodingsTableFormatException(fileName + ": not a readable table: " + FailureReason.of(e), e);
        }
    }

    private static String cell(String[] record, Map<String, Integer> columns, String column) {
        int at = columns.get(column);
        return at < record.length ? CellText.restored(record[at].strip()) : "";
    }
}
