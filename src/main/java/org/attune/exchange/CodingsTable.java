package org.attune.exchange;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.attune.io.CsvSeparator;
import org.attune.io.FailureReason;

/**
 * The long codings table: one row per coding, with the columns
 * {@code coder, transcript, turn, code, value, start, end, end_turn, memo} (the first four
 * required on import) and, on export, {@code text}, the coded text. The layout R's
 * {@code read.csv}, SPSS and Excel read without help; as CSV (UTF-8) or as an Excel workbook.
 */
public final class CodingsTable {

    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("coder", "transcript", "turn", "code", "value", "start", "end",
            "end_turn", "memo", "text");
    private static final List<String> REQUIRED = List.of("coder", "transcript", "turn", "code");
    private static final int MAX_LINES_PER_RECORD = 200;

    private CodingsTable() {
    }

    /**
     * Reads the rows of a CSV (or TSV) codings table.
     *
     * @throws CodingsTableFormatException naming the line and column of the first problem
     */
    public static List<CodingRow> readCsv(String fileName, String text) {
        char separator = CsvSeparator.of(fileName, text);
        try (CSVReader csv = CsvFormat.reader(text, separator, MAX_LINES_PER_RECORD)) {
            String[] header = csv.readNext();
            if (header == null) {
                throw new CodingsTableFormatException(fileName + ": empty: expected a header row "
                        + String.join(",", REQUIRED) + " and one row per coding");
            }
            Map<String, Integer> columns = columns(fileName, header);
            List<CodingRow> rows = new ArrayList<>();
            long linesBefore = csv.getLinesRead();
            String[] record;
            while ((record = csv.readNext()) != null) {
                int line = (int) linesBefore + 1;
                linesBefore = csv.getLinesRead();
                if (isBlank(record)) {
                    continue;
                }
                for (int i = 0; i < record.length; i++) {
                    record[i] = CellText.restored(record[i]);
                }
                rows.add(row(fileName, line, columns, record));
            }
            return rows;
        } catch (IOException | CsvValidationException e) {
            throw new CodingsTableFormatException(fileName + ": not a readable table: " + FailureReason.of(e), e);
        }
    }

    /**
     * Reads the rows of an Excel codings table: its first sheet, laid out as the CSV. Cells are
     * read as the text they show; formulas are never evaluated.
     *
     * @throws CodingsTableFormatException naming the row and column of the first problem
     */
    public static List<CodingRow> readXlsx(String fileName, byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw new CodingsTableFormatException(fileName + ": empty: expected a header row "
                        + String.join(",", REQUIRED) + " and one row per coding");
            }
            Map<String, Integer> columns = columns(fileName, cells(headerRow, formatter));
            List<CodingRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] record = cells(row, formatter);
                if (!isBlank(record)) {
                    rows.add(row(fileName, r + 1, columns, record));
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof CodingsTableFormatException known) {
                throw known;
            }
            throw new CodingsTableFormatException(fileName + ": not a readable Excel workbook (.xlsx): " + FailureReason.of(e), e);
        }
    }

    private static String[] cells(Row row, DataFormatter formatter) {
        String[] cells = new String[Math.max(0, row.getLastCellNum())];
        for (int c = 0; c < cells.length; c++) {
            Cell cell = row.getCell(c);
            cells[c] = cell == null ? "" : CellText.fromWorkbook(formatter.formatCellValue(cell), cell.getCellStyle().getQuotePrefixed());
        }
        return cells;
    }

    /** Writes rows as UTF-8 CSV, with a header: see {@link TableExport#csv}. */
    public static byte[] writeCsv(List<CodingRow> rows) {
        // The value stays text, as CSV exports have always written it (a negative level neutralised: '-1).
        return TableExport.csv(COLUMNS, cells(rows, false));
    }

    /** Writes rows as an Excel workbook: one sheet, a bold frozen header, numbers as numbers. */
    public static byte[] writeXlsx(List<CodingRow> rows) {
        return TableExport.xlsx("codings", COLUMNS, cells(rows, true));
    }

    private static List<List<Object>> cells(List<CodingRow> rows, boolean valueAsNumber) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        for (CodingRow row : rows) {
            Object value = valueAsNumber ? number(row.value()) : row.value();
            cells.add(Arrays.asList(row.coder(), row.transcript(), row.turn(), row.code(), value, row.start(),
                    row.end(), row.endTurn(), row.memo(), row.text()));
        }
        return cells;
    }

    /** A scale level as a number, for a numeric cell; text when it is not one. */
    private static Object number(String value) {
        if (value == null) {
            return null;
        }
        // A level as a number cell; anything else (none is valid in the project) stays text, never an infinity.
        return org.attune.model.LevelValue.parse(value).<Object>map(v -> v).orElse(value);
    }

    private static Map<String, Integer> columns(String fileName, String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new CodingsTableFormatException(fileName + ", line 1: no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns") + " in the header (found: " + String.join(", ", header)
                    + "): expected coder,transcript,turn,code and optionally value,start,end,end_turn,memo");
        }
        return columns;
    }

    private static CodingRow row(String fileName, int line, Map<String, Integer> columns, String[] record) {
        String coder = cell(record, columns, "coder");
        String transcript = cell(record, columns, "transcript");
        String code = cell(record, columns, "code");
        for (String required : REQUIRED) {
            String value = cell(record, columns, required);
            if (value == null || value.isBlank()) {
                throw new CodingsTableFormatException(where(fileName, line, required) + ": empty: every row needs a "
                        + required);
            }
        }
        int turn = number(fileName, line, "turn", cell(record, columns, "turn"));
        String value = blankToNull(cell(record, columns, "value"));
        Integer start = optionalNumber(fileName, line, "start", cell(record, columns, "start"));
        Integer end = optionalNumber(fileName, line, "end", cell(record, columns, "end"));
        Integer endTurn = optionalNumber(fileName, line, "end_turn", cell(record, columns, "end_turn"));
        return new CodingRow(coder.strip(), transcript.strip(), turn, code.strip(), value == null ? null : value.strip(),
                start, end, endTurn, blankToNull(cell(record, columns, "memo")), null, line);
    }

    private static String cell(String[] record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= record.length ? null : record[index];
    }

    private static int number(String fileName, int line, String column, String text) {
        Integer number = optionalNumber(fileName, line, column, text);
        if (number == null) {
            throw new CodingsTableFormatException(where(fileName, line, column) + ": empty: expected a number");
        }
        return number;
    }

    private static Integer optionalNumber(String fileName, int line, String column, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        // Spreadsheets save whole numbers as "12.0"; that is still 12.
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            int number = Integer.parseInt(t);
            if (number < 0 || number == 0 && column.contains("turn")) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new CodingsTableFormatException(where(fileName, line, column) + ": expected a "
                    + (column.contains("turn") ? "turn number (from 1)" : "whole number of 0 or more") + ", found '"
                    + text.strip() + "'");
        }
    }

    static String where(String fileName, int line, String column) {
        return fileName + ", line " + line + ", column '" + column + "'";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean isBlank(String[] record) {
        for (String cell : record) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
