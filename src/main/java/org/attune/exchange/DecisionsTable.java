package org.attune.exchange;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.io.CsvFormat;
import org.attune.io.CellText;
import org.attune.io.FailureReason;

/**
 * Reads a consensus team's settled disagreements, from CSV or an Excel workbook: the open items
 * Attune listed, with the {@code decision} column filled in (and {@code decided_by}, when the file says who). Rows left
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
            List<Record> records = new ArrayList<>();
            long before = csv.getLinesRead();
            String[] record;
            while ((record = csv.readNext()) != null) {
                String[] cells = new String[record.length];
                for (int i = 0; i < record.length; i++) {
                    cells[i] = CellText.restored(record[i].strip());
                }
                records.add(new Record((int) before + 1, cells));
                before = csv.getLinesRead();
            }
            return decisions(fileName, records);
        } catch (IOException | CsvValidationException e) {
            throw new CodingsTableFormatException(fileName + ": not a readable table: " + FailureReason.of(e), e);
        }
    }

    /**
     * Reads the decisions from an Excel workbook laid out as the CSV (the first sheet, as
     * {@code consensus --out F.xlsx} writes it). Cells are read as the text they show.
     *
     * @throws CodingsTableFormatException naming the row and column of the first problem
     */
    public static List<Decision> readXlsx(String fileName, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<Record> records = new ArrayList<>();
            for (Row row : sheet) {
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? ""
                            : CellText.fromWorkbook(formatter.formatCellValue(cell).strip(), cell.getCellStyle().getQuotePrefixed());
                }
                records.add(new Record(row.getRowNum() + 1, cells));
            }
            return decisions(fileName, records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CodingsTableFormatException known) {
                throw known;
            }
            throw new CodingsTableFormatException(fileName + ": not a readable Excel workbook (.xlsx): " + FailureReason.of(e), e);
        }
    }

    /** A row of either format: its line (or sheet row) and its cells' texts. */
    private record Record(int line, String[] cells) {
    }

    private static List<Decision> decisions(String fileName, List<Record> records) {
        if (records.isEmpty()) {
            throw new CodingsTableFormatException(fileName + ": empty: expected the open items with a decision column");
        }
        String[] header = records.getFirst().cells();
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
        for (Record r : records.subList(1, records.size())) {
            String[] record = r.cells();
            String decision = cell(record, columns, "decision");
            if (decision.isEmpty()) {
                continue;
            }
            String turn = cell(record, columns, "turn");
            int number;
            try {
                number = Integer.parseInt(turn);
            } catch (NumberFormatException e) {
                throw new CodingsTableFormatException(fileName + ", line " + r.line() + ", column 'turn': expected a turn number, "
                        + "found '" + turn + "'");
            }
            out.add(new Decision(cell(record, columns, "transcript"), number, cell(record, columns, "code"),
                    cell(record, columns, "compared"), decision,
                    columns.containsKey("decided_by") ? cell(record, columns, "decided_by") : "", r.line()));
        }
        return out;
    }

    private static String cell(String[] record, Map<String, Integer> columns, String column) {
        int at = columns.get(column);
        return at < record.length ? record[at] : "";
    }
}
