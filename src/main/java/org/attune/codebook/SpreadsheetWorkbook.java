package org.attune.codebook;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.io.CellText;
import org.attune.io.FailureReason;

/**
 * An Excel workbook (.xlsx) read as text: the first sheet's rows, and the "codebook" sheet's when
 * there is one. Every cell is read as the text it shows, whatever its type, and a formula as the
 * value Excel last computed for it: nothing in the file is ever evaluated.
 *
 * @param codes the first sheet's rows
 * @param metadata the rows of the sheet named "codebook", if another sheet has that name
 * @param otherSheets the names of the sheets read neither way
 */
record SpreadsheetWorkbook(List<SpreadsheetRow> codes, Optional<List<SpreadsheetRow>> metadata, List<String> otherSheets) {

    /** What every ZIP archive, and so every .xlsx, starts with. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** What the old binary Office formats (.xls) start with. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static SpreadsheetWorkbook read(String fileName, byte[] content) {
        if (startsWith(content, OLE2_MAGIC)) {
            throw refused(fileName, "it is an Excel 97-2003 workbook (.xls): save it as .xlsx or .csv");
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            throw refused(fileName, "not an Excel workbook (.xlsx): it is not a ZIP archive, as every .xlsx is");
        }
        OPCPackage pkg = null;
        try {
            SpreadsheetArchive.checkSize(content);
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFWorkbook workbook = new XSSFWorkbook(pkg);
            if (workbook.getNumberOfSheets() == 0) {
                throw refused(fileName, "the workbook has no sheets");
            }
            List<SpreadsheetRow> codes = rows(workbook.getSheetAt(0));
            Optional<List<SpreadsheetRow>> metadata = Optional.empty();
            List<String> others = new ArrayList<>();
            for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
                Sheet sheet = workbook.getSheetAt(i);
                if (metadata.isEmpty() && sheet.getSheetName().strip().equalsIgnoreCase(SpreadsheetMetadata.SHEET)) {
                    metadata = Optional.of(rows(sheet));
                } else {
                    others.add(sheet.getSheetName());
                }
            }
            return new SpreadsheetWorkbook(codes, metadata, others);
        } catch (CodebookFormatException e) {
            throw e;
        } catch (Exception e) {
            // POI, the ZIP and XML parsers signal a damaged or foreign file in many ways; to the user they mean one thing.
            throw new CodebookFormatException(fileName, new CodebookProblem("", "not a readable Excel workbook (.xlsx): "
                    + FailureReason.of(e)), e);
        } finally {
            if (pkg != null) {
                // Reverting closes the package without writing anything back.
                pkg.revert();
            }
        }
    }

    private static List<SpreadsheetRow> rows(Sheet sheet) {
        List<SpreadsheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : CellText.fromWorkbook(text(cell), cell.getCellStyle().getQuotePrefixed()));
            }
            rows.add(SpreadsheetRow.of(row.getRowNum() + 1, cells));
        }
        return rows;
    }

    /** A cell's text as the sheet shows it; for a formula, its cached value. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    /** A number as typed: "1", "2.5", never "1.0" or "1E3". */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private static CodebookFormatException refused(String fileName, String message) {
        return new CodebookFormatException(fileName, List.of(new CodebookProblem("", message)));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
