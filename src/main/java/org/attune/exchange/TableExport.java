package org.attune.exchange;

import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.attune.io.CsvFormat;
import org.attune.io.AtomicFile;
import org.attune.io.CellText;
import org.attune.io.FailureReason;
import org.attune.model.AttuneException;

/**
 * The one writer of the tables Attune exports (codings, search results, co-occurrence matrices,
 * lag tables): a header and rows of cells, as CSV or as an Excel workbook, laid out so that R's
 * {@code read.csv}, SPSS and Excel read them without help.
 *
 * <p>Cells, the same in both formats:
 * <ul>
 * <li>null, and an empty string, is an empty cell;</li>
 * <li>a {@link Number} is a number: integers, and whole doubles below 10<sup>15</sup>, without a
 *     decimal point ({@code 12}, not {@code 12.0}), others in the fewest digits that read back as the same double
 *     ({@code 0.1}, {@code 1.4491378028648445}), in plain notation from 10<sup>-6</sup> to
 *     10<sup>15</sup> and in Java's scientific notation ({@code 1.0E-7}) outside it, which R,
 *     SPSS and Excel all read. A number is never neutralised: {@code -1.96} is a number, not a
 *     formula. In a workbook a number is a numeric cell (a double: a long above 2<sup>53</sup>
 *     loses its last digits there);</li>
 * <li>NaN and the infinities are empty cells: no spreadsheet holds them, and R, SPSS and Excel
 *     all read an empty cell as missing, which is what an undefined statistic is;</li>
 * <li>anything else is its {@link String#valueOf}: in a CSV through {@link CellText#neutralised} so that
 *     it never runs as a formula (the header too); in a workbook a text cell holding the text itself,
 *     quote-prefixed where it looks like a formula.</li>
 * </ul>
 */
public final class TableExport {

    /** The file name extensions {@link #write} knows, with their dot. */
    public static final List<String> EXTENSIONS = List.of(".csv", ".xlsx");

    private static final int ROWS_IN_MEMORY = 500;
    // Doubles from 10^-6 to 10^15 print in plain digits; beyond, plain digits would run to
    // hundreds of characters, so they keep their exponent.
    private static final double PLAIN_BELOW = 1e15;
    private static final double PLAIN_FROM = 1e-6;

    private TableExport() {
    }

    /**
     * Writes a header and rows to a file, as UTF-8 CSV or as an Excel workbook, chosen by the file
     * name's extension, {@code .csv} or {@code .xlsx} (in any case). The workbook's one sheet is
     * named for the file.
     *
     * @throws AttuneException naming the file and the extensions allowed, for another extension;
     *         or naming the file and the reason, when it cannot be written
     */
    public static void write(Path file, List<String> header, Iterable<List<Object>> rows) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".xlsx")) {
            throw new AttuneException(name + ": not a table format Attune writes: expected a file name ending in "
                    + String.join(" or ", EXTENSIONS));
        }
        writeAtomically(file, out -> {
            if (csv) {
                writeCsv(out, header, rows);
            } else {
                writeXlsx(out, List.of(new Sheet(name.substring(0, name.length() - ".xlsx".length()), header, rows)));
            }
        });
    }

    /** What writes a file's content. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes beside the file and moves the result over it when complete, so that a failed export
     * leaves no half table, nor spoils an earlier export of the same name. Not Files.createTempFile:
     * its files are private to the user, and an export is not.
     */
    static void writeAtomically(Path file, Content content) {
        try {
            AtomicFile.write(file, content::write);
        } catch (IOException | UncheckedIOException e) {
            throw new AttuneException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** One sheet of a workbook: its name, a header and rows, written as {@link #write} writes them. */
    public record Sheet(String name, List<String> header, Iterable<List<Object>> rows) {
    }

    /**
     * Writes an Excel workbook of several sheets, in the order given.
     *
     * @throws AttuneException naming the file, when its name does not end in .xlsx or it cannot be written
     */
    public static void writeWorkbook(Path file, List<Sheet> sheets) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new AttuneException(name + ": a workbook is written as .xlsx");
        }
        writeAtomically(file, out -> writeXlsx(out, sheets));
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return FailureReason.of(cause);
    }

    /** The table as UTF-8 CSV: comma-separated, LF line ends, quoted only where a cell needs it, no byte order mark. */
    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeCsv(out, header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The table as an Excel workbook: one sheet (its name made safe for Excel: at most 31
     * characters, none of {@code \ / ? * [ ] :}), a bold header row frozen above the rows, numbers
     * as numeric cells.
     */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeXlsx(out, List.of(new Sheet(sheetName, header, rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeCsv(OutputStream out, List<String> header, Iterable<List<Object>> rows) throws IOException {
        // Not closed here: closing the writer would close the caller's stream.
        ICSVWriter csv = CsvFormat.writer(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeNext(header.stream().map(TableExport::text).toArray(String[]::new), false);
        String[] record = new String[0];
        for (List<Object> row : rows) {
            if (record.length != row.size()) {
                record = new String[row.size()];
            }
            for (int i = 0; i < record.length; i++) {
                record[i] = csvCell(row.get(i));
            }
            csv.writeNext(record, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("the CSV could not be written", csv.getException());
        }
    }

    private static String csvCell(Object value) {
        if (value instanceof Number number) {
            return number(number);
        }
        return value == null ? "" : text(value);
    }

    private static void writeXlsx(OutputStream out, List<Sheet> sheets) throws IOException {
        // Streaming: only the last few hundred rows are in memory, the rest already on disk.
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Sheet content : sheets) {
                String safe = WorkbookUtil.createSafeSheetName(content.name() == null || content.name().isBlank() ? "table"
                        : content.name());
                // Excel's sheet names are unique without regard to case.
                String unique = safe;
                for (int n = 2; !names.add(unique.toLowerCase(Locale.ROOT)); n++) {
                    unique = WorkbookUtil.createSafeSheetName(safe.substring(0, Math.min(safe.length(), 27)) + " " + n);
                }
                SXSSFSheet sheet = workbook.createSheet(unique);
                Row headerRow = sheet.createRow(0);
                for (int i = 0; i < content.header().size(); i++) {
                    Cell cell = headerRow.createCell(i);
                    cell.setCellValue(String.valueOf(content.header().get(i)));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                CellStyle quoted = workbook.createCellStyle();
                quoted.setQuotePrefixed(true);
                int r = 1;
                for (List<Object> row : content.rows()) {
                    Row sheetRow = sheet.createRow(r++);
                    for (int i = 0; i < row.size(); i++) {
                        setCell(sheetRow, i, row.get(i), quoted);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void setCell(Row row, int column, Object value, CellStyle quoted) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                row.createCell(column).setCellValue(d);
            }
        } else if (value != null) {
            // The text itself: a workbook's text cell is never a formula (see CellText).
            String text = String.valueOf(value);
            if (!text.isEmpty()) {
                Cell cell = row.createCell(column);
                cell.setCellValue(text);
                if (CellText.needsQuotePrefix(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : CellText.neutralised(String.valueOf(value));
    }

    /** A number as it reads back: see the class comment. */
    static String number(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < PLAIN_BELOW) {
            // -0.0 is a whole number too, and reads better as 0.
            return Long.toString((long) d);
        }
        // Float.toString gives the float's shortest digits; widened to double first, 0.1f would print as 0.10000000149011612.
        String shortest = number instanceof Float f ? Float.toString(f) : Double.toString(d);
        double magnitude = Math.abs(d);
        return magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW ? plain(new BigDecimal(shortest)) : shortest;
    }

    private static String plain(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
