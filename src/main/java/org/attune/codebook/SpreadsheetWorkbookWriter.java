package org.attune.codebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attune.io.CellText;
import org.attune.model.Code;
import org.attune.model.CodeGroup;
import org.attune.model.Codebook;

/**
 * Writes a codebook as a workbook meant for people as much as for Attune: the codes on the first
 * sheet, one row each, with a bold header that stays in view, the group and code names frozen on
 * the left, wrapped prose, each code's color shown as its cell's fill, and drop-down lists for the
 * columns that take one of a few words; the codebook's own fields on a second sheet, "codebook".
 */
final class SpreadsheetWorkbookWriter {

    private static final String CODES_SHEET = "codes";
    /** The width of the "codebook" sheet's value column, in characters. */
    private static final int VALUE_WIDTH = 100;
    /** Drop-down lists reach this far down, so that rows a lab adds get them too. */
    private static final int ROWS_WITH_LISTS = 1_000;
    private static final byte[] HEADER_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    /** The height of a line of 11-point Calibri, Excel's default font, in points. */
    private static final float LINE_HEIGHT = 15f;
    /** Excel's highest row is 409 points; a longer text scrolls within its cell. */
    private static final int MAX_LINES = 27;

    private final XSSFWorkbook workbook;
    private final Map<XSSFCellStyle, XSSFCellStyle> quotedStyles = new HashMap<>();
    private final XSSFCellStyle headerStyle;
    private final XSSFCellStyle proseStyle;
    private final XSSFCellStyle wordStyle;
    private final XSSFCellStyle labelStyle;
    private final Map<String, XSSFCellStyle> colorStyles = new HashMap<>();

    private SpreadsheetWorkbookWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(new XSSFColor(HEADER_FILL));
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        proseStyle = workbook.createCellStyle();
        proseStyle.setWrapText(true);
        proseStyle.setVerticalAlignment(VerticalAlignment.TOP);
        wordStyle = workbook.createCellStyle();
        wordStyle.setVerticalAlignment(VerticalAlignment.TOP);
        labelStyle = workbook.createCellStyle();
        labelStyle.setFont(bold);
        labelStyle.setVerticalAlignment(VerticalAlignment.TOP);
    }

    static byte[] write(Codebook codebook) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SpreadsheetWorkbookWriter writer = new SpreadsheetWorkbookWriter(workbook);
            writer.codesSheet(codebook);
            writer.metadataSheet(SpreadsheetMetadata.of(codebook));
            POIXMLProperties.CoreProperties properties = workbook.getProperties().getCoreProperties();
            // No time of writing, so that the same codebook always gives the same bytes.
            properties.setCreated(Optional.empty());
            properties.setCreator("Attune");
            properties.setTitle(codebook.name());
            workbook.getProperties().getExtendedProperties().setApplication("Attune");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return SpreadsheetArchive.withFixedTimes(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a workbook in memory", e);
        }
    }

    private void codesSheet(Codebook codebook) {
        XSSFSheet sheet = workbook.createSheet(CODES_SHEET);
        SpreadsheetColumn[] columns = SpreadsheetColumn.values();
        XSSFRow header = sheet.createRow(0);
        for (SpreadsheetColumn column : columns) {
            header.createCell(column.ordinal()).setCellValue(column.header());
            header.getCell(column.ordinal()).setCellStyle(headerStyle);
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        int rowIndex = 1;
        for (CodeGroup group : codebook.groups()) {
            for (Code code : group.codes()) {
                Map<SpreadsheetColumn, String> cells = groupCells(group);
                cells.putAll(codeCells(code));
                XSSFRow row = row(sheet, rowIndex++, cells);
                if (code.color() != null) {
                    row.getCell(SpreadsheetColumn.COLOR.ordinal()).setCellStyle(colorStyle(code.color()));
                }
            }
        }
        // Group and code names stay in view when scrolling right through the prose.
        sheet.createFreezePane(2, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, columns.length - 1));
        dropDown(sheet, SpreadsheetColumn.EXCLUSIVE, "yes", "no");
        dropDown(sheet, SpreadsheetColumn.APPLIES_TO, "any", "therapist", "client");
        dropDown(sheet, SpreadsheetColumn.KIND, "flag", "scale");
        dropDown(sheet, SpreadsheetColumn.MEASURE, "ordinal", "interval", "ratio");
    }

    private static Map<SpreadsheetColumn, String> groupCells(CodeGroup group) {
        Map<SpreadsheetColumn, String> cells = new EnumMap<>(SpreadsheetColumn.class);
        cells.put(SpreadsheetColumn.GROUP, group.name());
        cells.put(SpreadsheetColumn.GROUP_ID, group.id());
        cells.put(SpreadsheetColumn.GROUP_DESCRIPTION, group.description());
        cells.put(SpreadsheetColumn.EXCLUSIVE, group.exclusive() ? "yes" : "no");
        cells.put(SpreadsheetColumn.APPLIES_TO, group.appliesTo().label());
        return cells;
    }

    private static Map<SpreadsheetColumn, String> codeCells(Code code) {
        Map<SpreadsheetColumn, String> cells = new EnumMap<>(SpreadsheetColumn.class);
        cells.put(SpreadsheetColumn.CODE, code.name());
        cells.put(SpreadsheetColumn.CODE_ID, code.id());
        cells.put(SpreadsheetColumn.DESCRIPTION, code.description());
        cells.put(SpreadsheetColumn.INCLUSION, code.inclusion());
        cells.put(SpreadsheetColumn.EXCLUSION, code.exclusion());
        cells.put(SpreadsheetColumn.EXAMPLE, String.join("\n", code.examples()));
        cells.put(SpreadsheetColumn.COLOR, code.color() == null ? "" : code.color());
        cells.put(SpreadsheetColumn.KEY, code.key() == null ? "" : code.key());
        cells.put(SpreadsheetColumn.KIND, code.kind().label());
        cells.put(SpreadsheetColumn.MEASURE, code.isScale() ? code.measure().label() : "");
        cells.put(SpreadsheetColumn.LEVELS, SpreadsheetLevels.text(code.levels()));
        return cells;
    }

    private XSSFRow row(XSSFSheet sheet, int index, Map<SpreadsheetColumn, String> cells) {
        XSSFRow row = sheet.createRow(index);
        int lines = 1;
        for (SpreadsheetColumn column : SpreadsheetColumn.values()) {
            String text = cells.getOrDefault(column, "");
            row.createCell(column.ordinal()).setCellValue(cellText(text, "row " + (index + 1) + ", column '" + column.header() + "'"));
            row.getCell(column.ordinal()).setCellStyle(quoted(column.isProse() ? proseStyle : wordStyle, text));
            lines = Math.max(lines, column.isProse() ? lines(text, column.width()) : 1);
        }
        row.setHeightInPoints(lines * LINE_HEIGHT);
        return row;
    }

    /**
     * How many lines a wrapped text takes in a column of this width. Neither POI nor the file can
     * make Excel fit a row's height to its wrapped text, so the writer sets it, estimated from the
     * characters.
     */
    static int lines(String text, int widthInCharacters) {
        // A column's width counts digits; running text is narrower, about seven characters to six digits.
        int perLine = Math.max(1, widthInCharacters * 7 / 6);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + perLine - 1) / perLine);
        }
        return Math.min(lines, MAX_LINES);
    }

    private void metadataSheet(SpreadsheetMetadata metadata) {
        XSSFSheet sheet = workbook.createSheet(SpreadsheetMetadata.SHEET);
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, VALUE_WIDTH * 256);
        List<List<String>> rows = new ArrayList<>(metadata.rows());
        for (int i = 0; i < rows.size(); i++) {
            XSSFRow row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows.get(i).get(0));
            row.getCell(0).setCellStyle(labelStyle);
            row.createCell(1).setCellValue(cellText(rows.get(i).get(1), "sheet 'codebook', row " + (i + 1)));
            row.getCell(1).setCellStyle(quoted(proseStyle, rows.get(i).get(1)));
            row.setHeightInPoints(lines(rows.get(i).get(1), VALUE_WIDTH) * LINE_HEIGHT);
        }
    }

    /**
     * The style of a cell holding this text: the same, quote-prefixed, when the text looks like a
     * formula, so that the cell holds the text itself and stays text when edited (see CellText).
     */
    private XSSFCellStyle quoted(XSSFCellStyle style, String text) {
        if (text == null || !CellText.needsQuotePrefix(text)) {
            return style;
        }
        return quotedStyles.computeIfAbsent(style, s -> {
            XSSFCellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(s);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }

    /** A text as it goes into a cell: as it is, and refused when longer than a cell holds (rather than cut short). */
    private static String cellText(String text, String where) {
        String cell = text;
        if (cell.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            throw new IllegalArgumentException(where + ": the text is " + cell.length() + " characters long, more than the "
                    + SpreadsheetVersion.EXCEL2007.getMaxTextLength() + " an Excel cell holds");
        }
        return cell;
    }

    /** A style that shows a color as the cell's fill, with the text in black or white, whichever reads on it. */
    private XSSFCellStyle colorStyle(String color) {
        return colorStyles.computeIfAbsent(color, c -> {
            byte[] rgb = rgb(c);
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(wordStyle);
            style.setFillForegroundColor(new XSSFColor(rgb));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.CENTER);
            XSSFFont font = workbook.createFont();
            boolean dark = 0.299 * (rgb[0] & 0xFF) + 0.587 * (rgb[1] & 0xFF) + 0.114 * (rgb[2] & 0xFF) < 140;
            font.setColor(new XSSFColor(dark ? new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF} : new byte[] {0, 0, 0}));
            style.setFont(font);
            return style;
        });
    }

    /** #RRGGBB or #RGB as three bytes. */
    static byte[] rgb(String color) {
        String hex = color.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    /** A drop-down list on a column, as a help only: the reader takes more spellings than the list offers ("x", "true"). */
    private static void dropDown(XSSFSheet sheet, SpreadsheetColumn column, String... choices) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        XSSFDataValidation validation = (XSSFDataValidation) helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, ROWS_WITH_LISTS, column.ordinal(), column.ordinal()));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
    }
}
